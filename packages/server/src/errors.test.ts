// The one error envelope, for every kind of failure: domain, validation, transport, unknown routes, crashes.
import { describe, expect, it } from 'vitest';
import { AppError, errorCodes } from '@nexo/core';
import { openStorage } from '@nexo/storage';
import { buildApp } from './app.js';
import { httpStatusByCode, toErrorReply } from './errors.js';
import { createServices } from './runtime.js';
import { backends } from './testing/harness.js';
import { expectError, issueFields } from './testing/factories.js';

describe.each(backends())('error envelope on $name', (backend) => {
  const api = backend.setup();

  it('answers malformed JSON with validation_failed', async () => {
    const a = await api();
    const res = await a.app.inject({
      method: 'POST',
      url: '/api/v1/contacts',
      headers: { 'content-type': 'application/json' },
      payload: '{"name": "Ana",',
    });
    const envelope = expectError(
      { status: res.statusCode, headers: res.headers, body: res.json(), text: res.body },
      400,
      'validation_failed',
    );
    expect(envelope.error.message).toMatch(/not valid JSON/);
  });

  it('answers a missing or empty body with validation_failed', async () => {
    const a = await api();
    expect(issueFields(expectError(await a.request('POST', '/api/v1/contacts'), 400, 'validation_failed'))).toEqual([
      '(body)',
    ]);
    const empty = await a.app.inject({
      method: 'POST',
      url: '/api/v1/knows',
      headers: { 'content-type': 'application/json' },
      payload: '',
    });
    expect(empty.statusCode).toBe(400);
    expect(empty.json()).toMatchObject({ error: { code: 'validation_failed' } });
  });

  it('refuses bodies that are not JSON (415) and bodies over 5 MB (413)', async () => {
    const a = await api();
    for (const type of ['text/plain', 'application/xml']) {
      const res = await a.app.inject({
        method: 'POST',
        url: '/api/v1/contacts',
        headers: { 'content-type': type },
        payload: 'name=Ana',
      });
      expect(res.statusCode, type).toBe(415);
      expect(res.json()).toMatchObject({ error: { code: 'validation_failed', details: {} } });
    }
    const huge = { name: 'Ana', photo: `data:image/png;base64,${'A'.repeat(6 * 1024 * 1024)}` };
    const res = await a.app.inject({ method: 'POST', url: '/api/v1/contacts', payload: huge });
    expect(res.statusCode).toBe(413);
    expect(res.json()).toMatchObject({
      error: { code: 'validation_failed', message: expect.stringContaining('5 MB') },
    });
  });

  it('accepts a photo of about 2 MB', async () => {
    const a = await api();
    const photo = `data:image/jpeg;base64,${'A'.repeat(2 * 1024 * 1024)}`;
    expect((await a.request('POST', '/api/v1/contacts', { name: 'Ana', photo })).status).toBe(201);
  });

  it('answers unknown routes and methods with not_found', async () => {
    const a = await api();
    const envelope = expectError(await a.request('GET', '/api/v1/nothing-here?x=1'), 404, 'not_found');
    expect(envelope.error.details).toEqual({ method: 'GET', path: '/api/v1/nothing-here' });
    expectError(await a.request('DELETE', '/api/v1/contacts'), 404, 'not_found');
  });

  it('names where a validation failure was found', async () => {
    const a = await api();
    const envelope = expectError(await a.request('GET', '/api/v1/contacts?tier=vip'), 400, 'validation_failed');
    expect(envelope.error.details).toMatchObject({ source: 'querystring', issues: [{ field: 'tier' }] });
  });
});

describe('failures of the server itself', () => {
  it('turns an unexpected error into internal_error without leaking it', async () => {
    const storage = await openStorage({ memory: true });
    const services = createServices(storage);
    const failing = {
      ...services,
      contacts: { ...services.contacts, list: () => Promise.reject(new Error('pg://admin:secret@db')) },
    };
    const app = await buildApp({ storage, services: failing });
    try {
      const res = await app.inject({ method: 'GET', url: '/api/v1/contacts' });
      expect(res.statusCode).toBe(500);
      expect(res.json()).toEqual({ error: { code: 'internal_error', message: expect.any(String), details: {} } });
      expect(res.body).not.toContain('secret');
      expect(res.body).not.toMatch(/at .*\.ts/);
    } finally {
      await app.close();
      await storage.close();
    }
  });

  it('maps a domain failure through the one table', async () => {
    const storage = await openStorage({ memory: true });
    const services = createServices(storage);
    const down = new AppError('storage_unavailable', 'The database does not answer.', { database: 'sqlite' });
    const failing = { ...services, settings: { ...services.settings, get: () => Promise.reject(down) } };
    const app = await buildApp({ storage, services: failing });
    try {
      const res = await app.inject({ method: 'GET', url: '/api/v1/settings' });
      expect(res.statusCode).toBe(503);
      expect(res.json()).toEqual({
        error: { code: 'storage_unavailable', message: down.message, details: { database: 'sqlite' } },
      });
    } finally {
      await app.close();
      await storage.close();
    }
  });

  it('has one status for every error code and logs only server-side failures', () => {
    expect(Object.keys(httpStatusByCode).sort()).toEqual([...errorCodes].sort());
    expect(toErrorReply(new AppError('ambiguous_reference', 'Two Anas.')).status).toBe(409);
    expect(toErrorReply(new AppError('not_found', 'No contact.')).log).toBe(false);
    expect(toErrorReply(new AppError('storage_unavailable', 'Down.')).log).toBe(true);
    expect(toErrorReply(new TypeError('x is undefined'))).toMatchObject({ status: 500, log: true });
    expect(toErrorReply('a string')).toMatchObject({ status: 500, body: { error: { code: 'internal_error' } } });
  });
});
