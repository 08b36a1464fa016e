/**
 * `nexo campaign create|list|show|ready|send|export-eml`: prepare a wave of personal messages from a
 * template, review each draft, mark them ready, and send them all the same day (principle 11).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Option, type Command } from 'commander';
import {
  addRecipients,
  circles,
  contactContexts,
  createCampaign,
  exportCampaignEml,
  getCampaign,
  listCampaigns,
  markCampaignSent,
  markReady,
  removeRecipient,
  sendCampaign,
  stages,
  tiers,
  type CampaignView,
  type SendReport,
} from '@nexo/core';
import type { CliIo } from '../io.js';
import type { Session } from '../session.js';
import { choice } from '../options.js';
import { inSession } from './common.js';
import { resolveAny } from './contacts.js';
import { resolveTemplate } from './templates.js';
import { renderTable } from '../output/table.js';

interface CreateFlags {
  name?: string;
  search?: string;
  tier?: string;
  tag?: string;
  context?: string;
  stage?: string;
  circle?: string;
}

const help = `
Pick people by name or id, or by the contact-list filters (or both):
  nexo campaign create "Sector" --tag design --tier network
  nexo campaign create Request "Ana Souza" "Luca Bianchi"
Then review the drafts (nexo campaign show ID), edit them in the web app, mark them ready
(nexo campaign ready ID) and send them all the same day (nexo campaign send ID).`;

async function contactIdsOf(s: Session, references: string[]): Promise<string[]> {
  const ids: string[] = [];
  for (const reference of references) ids.push((await resolveAny(s, reference)).id);
  return ids;
}

function printCampaign(s: Session, c: CampaignView): void {
  s.print(
    s.t('campaign.header', {
      name: c.name,
      id: c.id,
      status: s.t(`campaign.status.${c.status}`),
      ready: c.counts.ready,
      sent: c.counts.sent,
      total: c.counts.total,
    }),
  );
  for (const r of c.recipients) {
    const state = s.t(`campaign.state.${r.sendState}`);
    const ready = r.sendState === 'pending' ? (r.ready ? s.t('campaign.ready') : s.t('campaign.notReady')) : state;
    s.print(`\n── ${r.toName} <${r.toAddress}> · ${ready}`);
    s.print(`${s.t('templates.subject')}: ${r.subject}\n\n${r.body}`);
    for (const w of r.warnings) s.print(`  ! ${w.message}\n    ${s.t('log.suggestion')}: ${w.suggestion}`);
    for (const f of r.findings) s.print(`  ${f.severity === 'warning' ? '!' : '·'} [${f.rule}] ${f.message}`);
    if (r.lastError) s.print(`  ${s.t('campaign.lastError')}: ${r.lastError}`);
  }
}

function printReport(s: Session, report: SendReport): void {
  const rows = report.results.map((r) => [r.name, s.t(`campaign.outcome.${r.outcome}`)]);
  s.print(renderTable([s.t('column.name'), s.t('campaign.result')], rows));
  // The server's answers in full, below the table (a table column would cut them).
  for (const r of report.results) if (r.outcome === 'failed' && r.error) s.print(`  ${r.name}: ${r.error}`);
  const failed = report.results.filter((r) => r.outcome === 'failed').length;
  if (failed > 0) s.print(s.t('campaign.retryHint', { count: failed, id: report.campaign.id }));
}

/** Registers `nexo campaign`. */
export function registerCampaign(program: Command, io: CliIo): void {
  const campaign = program
    .command('campaign')
    .description('prepare personal messages from a template, review them, and send them all the same day');

  campaign
    .command('create')
    .description('render a draft for each person picked')
    .argument('<template>', 'template id or name')
    .argument('[contact...]', 'ids or unambiguous names')
    .option('--name <name>', 'what you call this campaign')
    .option('--search <text>', 'people whose name, company, notes... match')
    .addOption(new Option('--tier <tier>', tiers.join('|')).argParser(choice(tiers)))
    .option('--tag <tag>', 'people with this tag')
    .addOption(new Option('--context <context>', contactContexts.join('|')).argParser(choice(contactContexts)))
    .addOption(new Option('--stage <stage>', stages.join('|')).argParser(choice(stages)))
    .addOption(new Option('--circle <circle>', circles.join('|')).argParser(choice(circles)))
    .addHelpText('after', help)
    .action(
      inSession<CreateFlags>(io, async (s, flags, [templateRef = '', ...references]) => {
        const template = await resolveTemplate(s, templateRef);
        const filter = Object.fromEntries(
          (['search', 'tier', 'tag', 'context', 'stage', 'circle'] as const)
            .filter((k) => flags[k] !== undefined)
            .map((k) => [k, flags[k]]),
        );
        const result = await createCampaign(s.services, s.ctx, {
          templateId: template.id,
          name: flags.name,
          contactIds: references.length > 0 ? await contactIdsOf(s, references) : undefined,
          filter: Object.keys(filter).length > 0 ? filter : undefined,
        });
        if (s.json) return s.printJson(result);
        const { campaign: c, excluded } = result;
        const findings = c.recipients.reduce((n, r) => n + r.findings.length + r.warnings.length, 0);
        s.print(s.t('campaign.created', { name: c.name, id: c.id, count: c.counts.total, findings }));
        for (const e of excluded) s.print(`  - ${e.message}`);
        s.print(s.t('campaign.next', { id: c.id }));
      }),
    );

  campaign
    .command('list', { isDefault: true })
    .description('list your campaigns (the default)')
    .action(
      inSession(io, async (s) => {
        const items = await listCampaigns(s.services, s.ctx);
        if (s.json) return s.printJson({ items });
        if (items.length === 0) return s.print(s.t('campaign.none'));
        const rows = items.map((c) => [
          c.id,
          c.name,
          s.t(`templates.kind.${c.kind}`),
          `${c.ready}/${c.total}`,
          `${c.sent}/${c.total}`,
        ]);
        s.print(
          renderTable(
            ['id', 'name', 'kind', 'ready', 'sent'].map((k) => s.t(`column.${k}`)),
            rows,
          ),
        );
      }),
    );

  campaign
    .command('show')
    .description('show every draft with the reviewer’s findings and its send state')
    .argument('<campaign>', 'campaign id')
    .action(
      inSession(io, async (s, _flags, [id = '']) => {
        const c = await getCampaign(s.services, s.ctx, id);
        if (s.json) return s.printJson(c);
        printCampaign(s, c);
      }),
    );

  campaign
    .command('add')
    .description('add people to a campaign before any of it is sent, each with a draft to review')
    .argument('<campaign>', 'campaign id')
    .argument('<contact...>', 'ids or unambiguous names')
    .action(
      inSession(io, async (s, _flags, [id = '', ...references]) => {
        const result = await addRecipients(s.services, s.ctx, id, { contactIds: await contactIdsOf(s, references) });
        if (s.json) return s.printJson(result);
        const { campaign: c, excluded } = result;
        s.print(s.t('campaign.members', { name: c.name, count: c.counts.total }));
        for (const e of excluded) s.print(`  - ${e.message}`);
        s.print(s.t('campaign.reviewNew', { id: c.id }));
      }),
    );

  campaign
    .command('remove')
    .description('take people out of a campaign before their message is sent')
    .argument('<campaign>', 'campaign id')
    .argument('<contact...>', 'ids or unambiguous names')
    .action(
      inSession(io, async (s, _flags, [id = '', ...references]) => {
        let c: CampaignView | undefined;
        for (const contactId of await contactIdsOf(s, references))
          c = await removeRecipient(s.services, s.ctx, id, contactId);
        if (!c) return;
        if (s.json) return s.printJson(c);
        s.print(s.t('campaign.members', { name: c.name, count: c.counts.total }));
      }),
    );

  campaign
    .command('ready')
    .description('mark drafts ready to send (all, or the people named); findings never block')
    .argument('<campaign>', 'campaign id')
    .argument('[contact...]', 'only these people')
    .option('--undo', 'mark them not ready instead')
    .action(
      inSession<{ undo?: boolean }>(io, async (s, flags, [id = '', ...references]) => {
        const contactIds = references.length > 0 ? await contactIdsOf(s, references) : undefined;
        const c = await markReady(s.services, s.ctx, id, { contactIds }, !flags.undo);
        if (s.json) return s.printJson(c);
        s.print(s.t('campaign.readyCount', { ready: c.counts.ready, total: c.counts.total }));
      }),
    );

  campaign
    .command('send')
    .description('send every ready message not sent yet through your SMTP server (see nexo smtp)')
    .argument('<campaign>', 'campaign id')
    .option('--include-uncertain', 'also re-send messages whose earlier attempt has no recorded outcome')
    .action(
      inSession<{ includeUncertain?: boolean }>(io, async (s, flags, [id = '']) => {
        const report = await sendCampaign(s.services, s.ctx, id, { includeUncertain: flags.includeUncertain === true });
        if (s.json) return s.printJson(report);
        printReport(s, report);
      }),
    );

  campaign
    .command('export-eml')
    .description('write each message as an .eml file to open and send from your own mail program')
    .argument('<campaign>', 'campaign id')
    .requiredOption('--out <dir>', 'folder to write the files to (created if missing)')
    .option('--from <address>', 'your address (default: the one in nexo smtp)')
    .option('--mark-sent', 'also record the messages as sent (and log them) once you have sent them')
    .action(
      inSession<{ out: string; from?: string; markSent?: boolean }>(io, async (s, flags, [id = '']) => {
        const files = await exportCampaignEml(s.services, s.ctx, id, flags.from ? { fromAddress: flags.from } : {});
        mkdirSync(flags.out, { recursive: true });
        for (const f of files) writeFileSync(join(flags.out, f.fileName), f.content, 'utf8');
        const report = flags.markSent ? await markCampaignSent(s.services, s.ctx, id, {}) : null;
        if (s.json) {
          return s.printJson({ files: files.map((f) => join(flags.out, f.fileName)), ...(report ? { report } : {}) });
        }
        s.print(s.t('campaign.exported', { count: files.length, dir: flags.out }));
        if (report) printReport(s, report);
      }),
    );
}
