/**
 * Campaign routes: create one from a template and recipients, review and edit each draft, mark them
 * ready, send them all the same day over SMTP (retrying never sends twice), or export .eml files.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  addRecipients,
  addRecipientsSchema,
  campaignAudienceSchema as audienceInputSchema,
  createCampaign,
  deleteCampaign,
  exportCampaignEml,
  getCampaign,
  listCampaigns,
  markCampaignSent,
  markReady,
  newCampaignSchema,
  previewCampaign,
  recipientPatchSchema,
  recipientSelectionSchema,
  removeRecipient,
  sendCampaignSchema,
  sendCampaign,
  updateRecipient,
} from '@nexo/core';
import { bodyErrors, errorResponses, idParamsSchema, langQuerySchema, noContentSchema } from '../schemas/common.js';
import {
  campaignAudienceSchema,
  campaignListSchema,
  campaignRecipientParamsSchema,
  campaignSchema,
  createdCampaignSchema,
  emlListSchema,
  sendReportSchema,
} from '../schemas/campaigns.js';
import type { RouteOptions } from './route-options.js';

const tags = ['campaigns'];

const readySchema = recipientSelectionSchema.extend({ ready: z.boolean().default(true) }).strict();

export const campaignRoutes: FastifyPluginAsyncZod<RouteOptions> = async (app, { services, contextOf }) => {
  const { campaigns, contacts, templates, interactions, smtp, mailer, clock, ids, secretBox } = services;
  const drafts = { campaigns, contacts, clock };
  const sending = { campaigns, contacts, interactions, clock, ids };

  app.get(
    '/campaigns',
    { schema: { summary: 'List campaigns', tags, response: { 200: campaignListSchema, ...errorResponses() } } },
    async (request) => ({ items: await listCampaigns({ campaigns }, await contextOf(request)) }),
  );

  app.post(
    '/campaigns',
    {
      schema: {
        summary: 'Create a campaign',
        description:
          'Renders the template for each person picked (`contactIds` and/or the contact-list `filter`) and reviews ' +
          'every draft. People without an e-mail address, archived ones and, for a general e-mail, mentors, ' +
          'managers and employers (tagged so) are left out and listed in `excluded`.',
        tags,
        querystring: langQuerySchema,
        body: newCampaignSchema,
        response: { 201: createdCampaignSchema, ...errorResponses(...bodyErrors, 404) },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(
          await createCampaign({ campaigns, contacts, templates, clock, ids }, await contextOf(request), request.body),
        ),
  );

  app.post(
    '/campaigns/preview',
    {
      schema: {
        summary: 'Who a campaign would go to',
        description:
          'For the people picked (`contactIds` and/or the contact-list `filter`) and a new campaign from ' +
          '`templateId`, or people joining `campaignId`: who would get a draft, and who would be left out and ' +
          'why (no e-mail address, archived, and for a general e-mail mentors, managers and employers). ' +
          'Writes nothing.',
        tags,
        querystring: langQuerySchema,
        body: audienceInputSchema,
        response: { 200: campaignAudienceSchema, ...errorResponses(...bodyErrors, 404) },
      },
    },
    async (request) =>
      previewCampaign({ campaigns, contacts, templates, clock }, await contextOf(request), request.body),
  );

  app.get(
    '/campaigns/:id',
    {
      schema: {
        summary: 'Get a campaign with every draft reviewed',
        tags,
        params: idParamsSchema,
        querystring: langQuerySchema,
        response: { 200: campaignSchema, ...errorResponses(400, 404) },
      },
    },
    async (request) => getCampaign({ campaigns, contacts }, await contextOf(request), request.params.id),
  );

  app.delete(
    '/campaigns/:id',
    {
      schema: {
        summary: 'Delete a campaign',
        description: 'The interactions logged for messages already sent stay.',
        tags,
        params: idParamsSchema,
        response: { 204: noContentSchema, ...errorResponses(400, 404) },
      },
    },
    async (request, reply) => {
      await deleteCampaign({ campaigns }, await contextOf(request), request.params.id);
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/campaigns/:id/recipients',
    {
      schema: {
        summary: 'Add people to a campaign before it is sent',
        description:
          "Each gets a draft from the campaign's own copy of the template, not ready yet. People already in it " +
          'are skipped; those it cannot go to are left out and listed in `excluded`, as at creation. Once any ' +
          'message of the campaign was sent, 409: start a new campaign, so everyone in one gets it the same day.',
        tags,
        params: idParamsSchema,
        querystring: langQuerySchema,
        body: addRecipientsSchema,
        response: { 200: createdCampaignSchema, ...errorResponses(...bodyErrors, 404, 409) },
      },
    },
    async (request) =>
      addRecipients({ campaigns, contacts, clock }, await contextOf(request), request.params.id, request.body),
  );

  app.patch(
    '/campaigns/:id/recipients/:contactId',
    {
      schema: {
        summary: "Edit one person's draft",
        description:
          'A new `personal` paragraph re-renders the draft from the template (once edited by hand, it fills the ' +
          '`{{personal}}` left in it). Any change makes the draft not ready again unless `ready` is given.',
        tags,
        params: campaignRecipientParamsSchema,
        querystring: langQuerySchema,
        body: recipientPatchSchema,
        response: { 200: campaignSchema, ...errorResponses(...bodyErrors, 404, 409) },
      },
    },
    async (request) =>
      updateRecipient(drafts, await contextOf(request), request.params.id, request.params.contactId, request.body),
  );

  app.delete(
    '/campaigns/:id/recipients/:contactId',
    {
      schema: {
        summary: 'Take someone out of a campaign',
        tags,
        params: campaignRecipientParamsSchema,
        querystring: langQuerySchema,
        response: { 200: campaignSchema, ...errorResponses(400, 404, 409) },
      },
    },
    async (request) =>
      removeRecipient({ campaigns, contacts }, await contextOf(request), request.params.id, request.params.contactId),
  );

  app.post(
    '/campaigns/:id/ready',
    {
      schema: {
        summary: 'Mark drafts ready (or not) to send',
        description: 'All drafts, or those in `contactIds`. Findings never block: the reviewer advises, you decide.',
        tags,
        params: idParamsSchema,
        querystring: langQuerySchema,
        body: readySchema,
        response: { 200: campaignSchema, ...errorResponses(...bodyErrors, 404) },
      },
    },
    async (request) => {
      const { ready, ...selection } = request.body;
      return markReady(drafts, await contextOf(request), request.params.id, selection, ready);
    },
  );

  app.post(
    '/campaigns/:id/send',
    {
      schema: {
        summary: 'Send the campaign through your SMTP server',
        description:
          'Sends every message not sent yet, one per person, once ALL drafts are ready (409 otherwise, or without ' +
          'SMTP settings). Answers 200 with an outcome per person, even when some failed; calling it again retries ' +
          'the failed ones and never sends a message twice. Each sent message is logged as an e-mail interaction.',
        tags,
        params: idParamsSchema,
        querystring: langQuerySchema,
        body: sendCampaignSchema,
        response: { 200: sendReportSchema, ...errorResponses(...bodyErrors, 404, 409) },
      },
    },
    async (request) =>
      sendCampaign({ ...sending, smtp, mailer, secretBox }, await contextOf(request), request.params.id, request.body),
  );

  app.post(
    '/campaigns/:id/mark-sent',
    {
      schema: {
        summary: 'Record messages you sent yourself',
        description: 'For messages sent from the exported .eml files or mailto links; each is logged as an e-mail.',
        tags,
        params: idParamsSchema,
        querystring: langQuerySchema,
        body: recipientSelectionSchema,
        response: { 200: sendReportSchema, ...errorResponses(...bodyErrors, 404, 409) },
      },
    },
    async (request) => markCampaignSent(sending, await contextOf(request), request.params.id, request.body),
  );

  app.get(
    '/campaigns/:id/eml',
    {
      schema: {
        summary: 'Export the messages as .eml files',
        description: 'Each message as it would be sent, to open in your own mail program. Nothing is marked sent.',
        tags,
        params: idParamsSchema,
        response: { 200: emlListSchema, ...errorResponses(400, 404) },
      },
    },
    async (request) => ({
      items: await exportCampaignEml(
        { campaigns, smtp, mailer, clock, ids },
        await contextOf(request),
        request.params.id,
      ),
    }),
  );

  app.get(
    '/campaigns/:id/recipients/:contactId/eml',
    {
      schema: {
        summary: "Download one person's message as an .eml file",
        tags,
        params: campaignRecipientParamsSchema,
        response: { 200: z.string().describe('The RFC 5322 message.'), ...errorResponses(400, 404) },
      },
    },
    async (request, reply) => {
      const [file] = await exportCampaignEml(
        { campaigns, smtp, mailer, clock, ids },
        await contextOf(request),
        request.params.id,
        { contactIds: [request.params.contactId] },
      );
      return reply
        .type('message/rfc822')
        .header('content-disposition', `attachment; filename="${file?.fileName ?? 'message.eml'}"`)
        .send(file?.content ?? '');
    },
  );
};
