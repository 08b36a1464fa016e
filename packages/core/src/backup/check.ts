/**
 * Referential checks of a backup before anything is written: unique keys, links that point at
 * records of the same file, knows-edges stored the one way round. Pure.
 */
import { AppError } from '../errors.js';
import { nameRecord, type BackupRecordRef, type BackupTables } from './format.js';

function fail(ref: BackupRecordRef, field: string, problem: string): never {
  const message = `Invalid ${nameRecord(ref)}: ${problem}`;
  throw new AppError('validation_failed', message, {
    record: ref,
    issues: [{ field: `tables.${ref.table}.${ref.index}.${field}`, message: problem }],
  });
}

/** Throws on the first duplicate key of `rows`. */
function unique<R>(table: string, rows: readonly R[], keyOf: (row: R) => string, field: string): Set<string> {
  const seen = new Set<string>();
  rows.forEach((row, index) => {
    const key = keyOf(row);
    if (seen.has(key)) fail({ table, index, key }, field, `"${key}" appears more than once.`);
    seen.add(key);
  });
  return seen;
}

/**
 * Checks that the tables of a backup fit together.
 * @throws AppError `validation_failed` naming the first record that does not, with `details.record`.
 */
export function checkBackupReferences(tables: BackupTables): void {
  if (tables.accountSettings.length > 1) {
    fail({ table: 'accountSettings', index: 1, key: null }, 'settings', 'an account has one settings record.');
  }
  const contacts = unique('contacts', tables.contacts, (c) => c.id, 'id');
  const interactions = unique('interactions', tables.interactions, (i) => i.id, 'id');
  const linked = new Set<string>();
  unique('interactionContacts', tables.interactionContacts, (l) => `${l.interactionId}/${l.contactId}`, 'contactId');
  tables.interactionContacts.forEach((l, index) => {
    const ref = { table: 'interactionContacts', index, key: `${l.interactionId}/${l.contactId}` };
    if (!interactions.has(l.interactionId))
      fail(ref, 'interactionId', `interaction "${l.interactionId}" is not in the backup.`);
    if (!contacts.has(l.contactId)) fail(ref, 'contactId', `contact "${l.contactId}" is not in the backup.`);
    linked.add(l.interactionId);
  });
  tables.interactions.forEach((i, index) => {
    if (!linked.has(i.id)) {
      fail(
        { table: 'interactions', index, key: i.id },
        'id',
        'an interaction needs at least one contact in interactionContacts.',
      );
    }
  });
  unique('knowsEdges', tables.knowsEdges, (e) => `${e.contactA}/${e.contactB}`, 'contactB');
  tables.knowsEdges.forEach((e, index) => {
    const ref = { table: 'knowsEdges', index, key: `${e.contactA}/${e.contactB}` };
    if (!(e.contactA < e.contactB))
      fail(ref, 'contactA', 'contactA must sort before contactB (an edge is stored one way round).');
    for (const field of ['contactA', 'contactB'] as const) {
      if (!contacts.has(e[field])) fail(ref, field, `contact "${e[field]}" is not in the backup.`);
    }
  });
  unique('duplicateDismissals', tables.duplicateDismissals, (d) => `${d.contactA}/${d.contactB}`, 'contactB');
  tables.duplicateDismissals.forEach((d, index) => {
    const ref = { table: 'duplicateDismissals', index, key: `${d.contactA}/${d.contactB}` };
    if (!(d.contactA < d.contactB))
      fail(ref, 'contactA', 'contactA must sort before contactB (a dismissal is stored one way round).');
    for (const field of ['contactA', 'contactB'] as const) {
      if (!contacts.has(d[field])) fail(ref, field, `contact "${d[field]}" is not in the backup.`);
    }
  });
  checkCampaigns(tables, contacts, interactions);
}

/** Templates and campaigns: unique ids, each draft in a campaign of the file, for a contact of the file. */
function checkCampaigns(tables: BackupTables, contacts: Set<string>, interactions: Set<string>): void {
  unique('templates', tables.templates, (t) => t.id, 'id');
  const campaigns = unique('campaigns', tables.campaigns, (c) => c.id, 'id');
  unique('campaignRecipients', tables.campaignRecipients, (r) => `${r.campaignId}/${r.contactId}`, 'contactId');
  tables.campaignRecipients.forEach((r, index) => {
    const ref = { table: 'campaignRecipients', index, key: `${r.campaignId}/${r.contactId}` };
    if (!campaigns.has(r.campaignId)) fail(ref, 'campaignId', `campaign "${r.campaignId}" is not in the backup.`);
    if (!contacts.has(r.contactId)) fail(ref, 'contactId', `contact "${r.contactId}" is not in the backup.`);
    if (r.interactionId !== null && !interactions.has(r.interactionId))
      fail(ref, 'interactionId', `interaction "${r.interactionId}" is not in the backup.`);
  });
}
