// API tests for exports: vCard 4.0/3.0, CSV and JSON, by ids or by filters, with the headers a
// browser needs to download them.
import { describe, expect, it } from 'vitest';
import ICAL from 'ical.js';
import { backends } from '../testing/harness.js';
import { createContact, expectError } from '../testing/factories.js';

describe.each(backends())('export API on $name', (backend) => {
  const api = backend.setup();

  it('downloads every contact as vCard 4.0 by default, archived ones included, readable by a vCard parser', async () => {
    const a = await api();
    await createContact(a, {
      // No ";" here: ical.js keeps "\\;" escaped in a vCard FN (RFC 6350 allows the escape), see calendar tests.
      name: "Zoë O'Connor, Jr. 東京",
      emails: ['zoe@example.com'],
      company: 'Acme; Inc.',
      tags: ['design', 'tokyo'],
      notes: 'Met at the meetup,\nlikes jazz',
    });
    const old = await createContact(a, { name: 'Bruno Costa' });
    await a.request('POST', `/api/v1/contacts/${old.id}/archive`);

    const res = await a.request('GET', '/api/v1/export/contacts');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('text/vcard; charset=utf-8');
    expect(res.headers['content-disposition']).toBe('attachment; filename="nexo-contacts-2026-06-01.vcf"');
    expect(res.text).toMatch(/^BEGIN:VCARD\r\nVERSION:4\.0\r\n/);
    const cards = ICAL.parse(res.text) as unknown[];
    const parsed = (Array.isArray(cards[0]) ? cards : [cards]).map((c) => new ICAL.Component(c as unknown[]));
    expect(parsed.map((c) => c.getFirstPropertyValue('fn'))).toEqual(['Bruno Costa', "Zoë O'Connor, Jr. 東京"]);
    const zoe = parsed[1];
    expect(zoe?.getFirstPropertyValue('org')).toBe('Acme; Inc.');
    expect(zoe?.getFirstPropertyValue('note')).toBe('Met at the meetup,\nlikes jazz');
    expect(zoe?.getFirstPropertyValue('email')).toBe('zoe@example.com');
  });

  it('exports vCard 3.0, CSV with formulas neutralised, and JSON', async () => {
    const a = await api();
    await createContact(a, { name: 'Ana', company: '=HYPERLINK("http://evil")', tags: ['x'] });

    const v3 = await a.request('GET', '/api/v1/export/contacts?format=vcard3');
    expect(v3.status).toBe(200);
    expect(v3.text).toContain('VERSION:3.0\r\n');

    const csv = await a.request('GET', '/api/v1/export/contacts?format=csv');
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(csv.headers['content-disposition']).toBe('attachment; filename="nexo-contacts-2026-06-01.csv"');
    expect(csv.text.startsWith('\uFEFF"Name"')).toBe(true);
    expect(csv.text).toContain(`"'=HYPERLINK(""http://evil"")"`);

    const json = await a.request('GET', '/api/v1/export/contacts?format=json');
    expect(json.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(json.body).toMatchObject([{ name: 'Ana', company: '=HYPERLINK("http://evil")', tags: ['x'] }]);
  });

  it('exports a selection by ids (comma-separated or repeated) and by the list filters', async () => {
    const a = await api();
    const ana = await createContact(a, { name: 'Ana', tier: 'key', tags: ['fintech'] });
    const bo = await createContact(a, { name: 'Bo', tier: 'key' });
    await createContact(a, { name: 'Cy', tier: 'wide', tags: ['fintech'] });
    const names = async (query: string) =>
      ((await a.request('GET', `/api/v1/export/contacts?format=json&${query}`)).body as { name: string }[]).map(
        (c) => c.name,
      );
    expect(await names(`ids=${bo.id},${ana.id}`)).toEqual(['Bo', 'Ana']);
    expect(await names(`ids=${ana.id}&ids=${bo.id}`)).toEqual(['Ana', 'Bo']);
    expect(await names('tier=key')).toEqual(['Ana', 'Bo']);
    expect(await names('tag=fintech')).toEqual(['Ana', 'Cy']);
    expect(await names('tier=key&tag=fintech')).toEqual(['Ana']);
  });

  it('answers 404 naming an unknown id and 400 for an unknown format', async () => {
    const a = await api();
    const ana = await createContact(a, { name: 'Ana' });
    const missing = expectError(
      await a.request('GET', `/api/v1/export/contacts?ids=${ana.id},nobody`),
      404,
      'not_found',
    );
    expect(missing.error.details).toMatchObject({ id: 'nobody' });
    expectError(await a.request('GET', '/api/v1/export/contacts?format=xlsx'), 400, 'validation_failed');
  });
});
