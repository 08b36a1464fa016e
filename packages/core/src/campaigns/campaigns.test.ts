// Pure tests for templates and campaigns: rendering, the general-e-mail audience, drafts review and mail links.
import { describe, expect, it } from 'vitest';
import { contactRecord, fact } from '../coach/test-factories.js';
import { keptOutOfGeneral } from './audience.js';
import { reviewDrafts } from './drafts.js';
import { campaignStatus, campaignValue } from './interaction.js';
import { mailtoLink, newMessageId } from './mail.js';
import { fieldValues, renderSubject, renderTemplate, unknownFields } from './render.js';
import { newTemplateSchema } from './schema.js';

describe('renderTemplate', () => {
  it('fills every field it has a value for and leaves the others visibly unfilled', () => {
    const values = fieldValues(
      {
        name: 'João Conceição',
        givenName: null,
        familyName: null,
        company: 'Nubank',
        role: null,
        sector: null,
        location: null,
      },
      null,
    );
    const text = 'Olá {{ firstName }} {{lastName}} ({{name}}), {{role}} na {{company}}. {{personal}} {{unknown}}';
    expect(renderTemplate(text, values)).toBe(
      'Olá João Conceição (João Conceição), {{role}} na Nubank. {{personal}} {{unknown}}',
    );
    const taro = fieldValues(
      {
        name: '山田 太郎',
        givenName: '太郎',
        familyName: '山田',
        company: null,
        role: 'デザイナー',
        sector: null,
        location: null,
      },
      '  先日はありがとうございました。 ',
    );
    expect(renderTemplate('{{lastName}}様、{{personal}} ({{role}})', taro)).toBe(
      '山田様、先日はありがとうございました。 (デザイナー)',
    );
    expect(renderSubject('Hi {{firstName}}\n{{personal}}', { firstName: 'Zoë', personal: 'line\r\nbreak' })).toBe(
      'Hi Zoë line break',
    );
  });

  it('names unknown fields, and the template schema refuses them', () => {
    expect(unknownFields('{{nombre}} {{firstName}} {{ empresa }} {{nombre}}')).toEqual(['nombre', 'empresa']);
    const parsed = newTemplateSchema.safeParse({ name: 'x', kind: 'general', subject: 'Hi', body: 'Hi {{nome}}' });
    expect(parsed.success).toBe(false);
    const ok = newTemplateSchema.parse({ name: 'x', kind: 'personal', subject: 'Hi', body: 'Hi {{firstName}}' });
    expect(ok).toMatchObject({ lang: 'en', askKind: 'advice', giveKind: null });
  });
});

describe('keptOutOfGeneral', () => {
  it('recognises mentors, managers and employers by tag in four languages, and nobody else', () => {
    expect(keptOutOfGeneral({ tags: ['design', 'Mentora'] })).toBe('mentor');
    expect(keptOutOfGeneral({ tags: ['jefe'] })).toBe('manager');
    expect(keptOutOfGeneral({ tags: ['Datore di lavoro'] })).toBe('employer');
    expect(keptOutOfGeneral({ tags: ['empregador'] })).toBe('employer');
    expect(keptOutOfGeneral({ tags: ['product-manager', 'fintech'] })).toBeNull();
  });
});

describe('reviewDrafts', () => {
  const personalText = (name: string, topic: string) =>
    `Hola ${name},\n\nLeí tu artículo sobre ${topic} y me pareció muy útil. ¿Podrías recomendarme para el puesto de diseño en tu equipo?`;

  it('warns before an early ask, flags unfilled fields in the subject, and finds copy-paste across the batch', () => {
    const ana = contactRecord({ name: 'Ana', id: 'a' });
    const bea = contactRecord({ name: 'Bea', id: 'b' }, [
      fact(300, 'both'),
      fact(200, 'both', 'give'),
      fact(100, 'both'),
      fact(50, 'both'),
    ]);
    const shared =
      'Te escribo porque estoy buscando nuevas oportunidades en diseño de producto y valoro mucho tu opinión sobre el sector.';
    const reviews = reviewDrafts(
      { kind: 'personal', lang: 'es', askKind: 'referral' },
      [
        { contactId: 'a', subject: 'Hola {{firstName}}', body: personalText('Ana', 'accesibilidad') },
        { contactId: 'b', subject: 'Hola Bea', body: `Hola Bea, ${shared}` },
        { contactId: 'c', subject: 'Hola Cy', body: `Hola Cy, ${shared}` },
      ],
      new Map([
        ['a', ana],
        ['b', bea],
      ]),
    );
    const a = reviews.get('a');
    expect(a?.warnings.map((w) => w.code)).toContain('early-ask');
    expect(a?.findings.find((f) => f.field === 'subject')).toMatchObject({
      rule: 'unfilled-placeholder',
      evidence: '{{firstName}}',
    });
    expect(a?.findings.some((f) => f.rule === 'early-ask' && f.field === 'body')).toBe(true);
    // Bea is an established relationship: no early-ask warning from the coach.
    expect(reviews.get('b')?.warnings.map((w) => w.code)).not.toContain('early-ask');
    expect(reviews.get('b')?.findings.map((f) => f.rule)).toContain('copy-paste');
    expect(reviews.get('c')?.findings.map((f) => f.rule)).toContain('copy-paste');
  });
});

describe('mail', () => {
  it('builds a Message-ID on the sender domain and an RFC 6068 mailto link', () => {
    expect(newMessageId('c1', 'k2', 'x9', 'zoe@Example.ORG')).toBe('<nexo.c1.k2.x9@example.org>');
    expect(newMessageId('c1', 'k2', 'x9', null)).toBe('<nexo.c1.k2.x9@nexo.invalid>');
    const link = mailtoLink({ toAddress: 'zoë+jobs@example.org', subject: 'Olá & até já', body: 'Linha 1\nLinha 2' });
    expect(link).toBe(
      'mailto:zo%C3%AB%2Bjobs@example.org?subject=Ol%C3%A1%20%26%20at%C3%A9%20j%C3%A1&body=Linha%201%0D%0ALinha%202',
    );
  });

  it('logs a personal request as an ask and a general e-mail as neutral or a give; derives the status', () => {
    expect(campaignValue({ kind: 'personal', askKind: 'job', giveKind: null })).toEqual({
      value: 'ask',
      askKind: 'job',
      giveKind: null,
    });
    expect(campaignValue({ kind: 'general', askKind: null, giveKind: null }).value).toBe('neutral');
    expect(campaignValue({ kind: 'general', askKind: null, giveKind: 'article' }).value).toBe('give');
    expect(campaignStatus([{ ready: false, sendState: 'pending' }])).toBe('draft');
    expect(campaignStatus([{ ready: true, sendState: 'pending' }])).toBe('ready');
    expect(
      campaignStatus([
        { ready: true, sendState: 'sent' },
        { ready: true, sendState: 'failed' },
      ]),
    ).toBe('partial');
    expect(campaignStatus([{ ready: true, sendState: 'sent' }])).toBe('sent');
  });
});
