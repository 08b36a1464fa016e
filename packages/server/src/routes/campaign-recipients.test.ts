// Picking a campaign's people one by one: who would be left out and why before anything is written,
// adding people to a draft campaign (and taking them out) until the first message goes out.
import { describe, expect, it } from 'vitest';
import { backends, type Api } from '../testing/harness.js';
import { createContact, expectError, issueFields } from '../testing/factories.js';
import { campaignAudienceSchema, createdCampaignSchema, templateSchema } from '../schemas/campaigns.js';

async function template(a: Api, kind: 'general' | 'personal') {
  const res = await a.request('POST', '/api/v1/templates', {
    name: kind === 'general' ? 'Búsqueda' : 'Petición',
    kind,
    lang: 'es',
    subject: 'Hola {{firstName}}',
    body: 'Hola {{firstName}}, {{personal}} Me encantó tu trabajo en {{company}}.',
  });
  expect(res.status, res.text).toBe(201);
  return templateSchema.parse(res.body);
}

async function people(a: Api) {
  const ana = await createContact(a, { name: 'Ana Souza', company: 'Nubank', emails: ['ana@example.org'] });
  const marta = await createContact(a, { name: 'Marta Ruiz', emails: ['marta@example.org'], tags: ['Mentora'] });
  const bo = await createContact(a, { name: 'Bo Ek' });
  const zoe = await createContact(a, { name: 'Zoë Ñúñez', company: 'Zalando', emails: ['zoe@example.org'] });
  return { ana, marta, bo, zoe };
}

describe.each(backends())('campaign recipients API on $name', (backend) => {
  const api = backend.setup();

  it('previews who a general e-mail would reach and who is kept out and why, writing nothing', async () => {
    const a = await api();
    const { ana, marta, bo } = await people(a);
    const general = await template(a, 'general');
    const res = await a.request('POST', '/api/v1/campaigns/preview?lang=es', {
      templateId: general.id,
      contactIds: [ana.id, marta.id, bo.id],
    });
    expect(res.status, res.text).toBe(200);
    const audience = campaignAudienceSchema.parse(res.body);
    expect(audience.included).toEqual([{ contactId: ana.id, name: 'Ana Souza' }]);
    expect(audience.excluded.map((e) => [e.name, e.reason])).toEqual([
      ['Marta Ruiz', 'mentor'],
      ['Bo Ek', 'no-email'],
    ]);
    expect(audience.excluded[0]?.message).toContain('Marta Ruiz');
    // The same people for a personal request: only the missing address keeps someone out.
    const personal = await template(a, 'personal');
    const forPersonal = campaignAudienceSchema.parse(
      (
        await a.request('POST', '/api/v1/campaigns/preview', {
          templateId: personal.id,
          contactIds: [ana.id, marta.id, bo.id],
        })
      ).body,
    );
    expect(forPersonal.included.map((p) => p.name)).toEqual(['Ana Souza', 'Marta Ruiz']);
    expect((await a.request('GET', '/api/v1/campaigns')).body).toEqual({ items: [] });

    const bad = expectError(
      await a.request('POST', '/api/v1/campaigns/preview', { contactIds: [ana.id] }),
      400,
      'validation_failed',
    );
    expect(issueFields(bad)).toEqual(['templateId']);
    expectError(
      await a.request('POST', '/api/v1/campaigns/preview', { templateId: 'nope', contactIds: [ana.id] }),
      404,
      'not_found',
    );
  });

  it('adds people to a draft campaign, skipping those already in it and keeping out a mentor', async () => {
    const a = await api();
    const { ana, marta, bo, zoe } = await people(a);
    const general = await template(a, 'general');
    const created = await a.request('POST', '/api/v1/campaigns', { templateId: general.id, contactIds: [ana.id] });
    const { campaign } = createdCampaignSchema.parse(created.body);

    const preview = campaignAudienceSchema.parse(
      (
        await a.request('POST', '/api/v1/campaigns/preview', {
          campaignId: campaign.id,
          contactIds: [zoe.id, marta.id],
        })
      ).body,
    );
    expect(preview.included.map((p) => p.name)).toEqual(['Zoë Ñúñez']);

    const res = await a.request('POST', `/api/v1/campaigns/${campaign.id}/recipients?lang=pt`, {
      contactIds: [zoe.id, ana.id, marta.id, bo.id],
      personal: { [zoe.id]: 'Li o teu artigo sobre pesquisa.' },
    });
    expect(res.status, res.text).toBe(200);
    const added = createdCampaignSchema.parse(res.body);
    expect(added.campaign.recipients.map((r) => [r.toName, r.ready])).toEqual([
      ['Ana Souza', false],
      ['Zoë Ñúñez', false],
    ]);
    expect(added.campaign.recipients[1]?.body).toBe(
      'Hola Zoë, Li o teu artigo sobre pesquisa. Me encantó tu trabajo en Zalando.',
    );
    expect(added.excluded.map((e) => e.reason)).toEqual(['mentor', 'no-email']);
    expect(added.excluded[0]?.message).toMatch(/Marta Ruiz/);

    // Taken out again before anything is sent.
    const removed = await a.request('DELETE', `/api/v1/campaigns/${campaign.id}/recipients/${zoe.id}`);
    expect(removed.status, removed.text).toBe(200);
    expect(createdCampaignSchema.shape.campaign.parse(removed.body).recipients.map((r) => r.toName)).toEqual([
      'Ana Souza',
    ]);

    const none = expectError(
      await a.request('POST', `/api/v1/campaigns/${campaign.id}/recipients`, { contactIds: [] }),
      400,
      'validation_failed',
    );
    expect(issueFields(none)).toEqual(['contactIds']);
    expectError(
      await a.request('POST', `/api/v1/campaigns/${campaign.id}/recipients`, { contactIds: ['nobody'] }),
      404,
      'not_found',
    );
  });

  it('refuses new people once the campaign started going out, so everyone in it gets it the same day', async () => {
    const a = await api();
    const { ana, zoe } = await people(a);
    const personal = await template(a, 'personal');
    const created = await a.request('POST', '/api/v1/campaigns', { templateId: personal.id, contactIds: [ana.id] });
    const { campaign } = createdCampaignSchema.parse(created.body);
    expect((await a.request('POST', `/api/v1/campaigns/${campaign.id}/ready`, {})).status).toBe(200);
    expect((await a.request('POST', `/api/v1/campaigns/${campaign.id}/mark-sent`, {})).status).toBe(200);
    const late = expectError(
      await a.request('POST', `/api/v1/campaigns/${campaign.id}/recipients`, { contactIds: [zoe.id] }),
      409,
      'conflict',
    );
    expect(late.error.message).toMatch(/start a new campaign/);
    // Another account does not find it.
    const b = await api();
    expectError(
      await b.request('POST', `/api/v1/campaigns/${campaign.id}/recipients`, { contactIds: [zoe.id] }),
      404,
      'not_found',
    );
  });
});
