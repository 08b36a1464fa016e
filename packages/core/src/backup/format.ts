/**
 * The nexo backup file: every table of one account as JSON rows, versioned. These schemas are the
 * contract of the file; `parseBackup` validates one and names the record at fault.
 */
import { z } from 'zod';
import { AppError } from '../errors.js';
import { circles, contactContexts, tiers } from '../contacts/types.js';
import { askKinds, directions, giveKinds, interactionKinds, interactionValues } from '../interactions/types.js';
import { knowsStrengths } from '../network/types.js';
import { giveItemKinds } from '../gives/types.js';
import { sendStates, sendVias, templateKinds } from '../campaigns/types.js';
import { reviewLangs } from '../review/types.js';
import { locales } from '../settings/types.js';
import { describeIssues } from '../shared/schema.js';

export const BACKUP_FORMAT = 'nexo-backup';
/**
 * The version written. 2 added templates, campaigns and their recipients (and duplicate
 * dismissals); a version 1 file, which has none of these, restores with them empty.
 */
export const BACKUP_VERSION = 2;
/** Every version this nexo restores. */
export const backupVersions = [1, 2] as const;

const id = z.string().min(1).max(64);
const nullableText = z.string().nullable();

/** An instant as stored: ISO 8601 with a time and an offset, normalised to `toISOString` form. */
const instant = z
  .string()
  .refine(
    (v) =>
      /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})$/.test(v) &&
      !Number.isNaN(Date.parse(v)),
    { message: 'Expected an ISO 8601 date-time such as 2026-05-01T09:30:00.000Z.' },
  )
  .transform((v) => new Date(v).toISOString());

const perTier = (value: z.ZodNumber) =>
  z.object({ inner: value, key: value, network: value, wide: value }).partial().strict();

/** What a template and a campaign's own copy of it share. */
const templateCopy = {
  id,
  name: z.string().min(1),
  kind: z.enum(templateKinds),
  lang: z.enum(reviewLangs),
  subject: z.string(),
  body: z.string(),
  askKind: z.enum(askKinds).nullable(),
  giveKind: z.enum(giveKinds).nullable(),
  createdAt: instant,
  updatedAt: instant,
};

/**
 * One row schema per backed-up table, keyed by the table's name in camelCase. Field names are the
 * table's column names (camelCase), without `account_id` and without the columns storage derives.
 * A new table joins the backup here and in storage's `backupTables` (a test checks both).
 */
export const backupRowSchemas = {
  accountSettings: z
    .object({
      settings: z
        .object({
          locale: z.enum(locales).optional(),
          cadenceDays: perTier(z.number().int().min(1).max(3650)).optional(),
          tierTargets: perTier(z.number().int().min(0).max(100_000)).optional(),
        })
        .strict(),
      updatedAt: instant,
    })
    .strict(),
  contacts: z
    .object({
      id,
      name: z.string().min(1),
      givenName: nullableText,
      familyName: nullableText,
      emails: z.array(z.string()),
      phones: z.array(z.string()),
      company: nullableText,
      role: nullableText,
      sector: nullableText,
      location: nullableText,
      linkedinUrl: nullableText,
      birthday: nullableText,
      photo: nullableText,
      notes: nullableText,
      tags: z.array(z.string()),
      circle: z.enum(circles),
      context: z.enum(contactContexts).nullable(),
      tier: z.enum(tiers),
      cadenceDays: z.number().int().min(1).max(3650).nullable(),
      archived: z.boolean(),
      createdAt: instant,
      updatedAt: instant,
      snoozedUntil: instant.nullable(),
    })
    .strict(),
  interactions: z
    .object({
      id,
      occurredAt: instant,
      kind: z.enum(interactionKinds),
      channel: nullableText,
      direction: z.enum(directions),
      value: z.enum(interactionValues),
      askKind: z.enum(askKinds).nullable(),
      giveKind: z.enum(giveKinds).nullable(),
      note: nullableText,
      followUpAt: instant.nullable(),
      createdAt: instant,
      // The give-library item a give shared (backups written before the library have none).
      giveItemId: id.nullable().optional(),
    })
    .strict(),
  interactionContacts: z.object({ interactionId: id, contactId: id, position: z.number().int().min(0) }).strict(),
  knowsEdges: z
    .object({ contactA: id, contactB: id, strength: z.enum(knowsStrengths), how: nullableText, createdAt: instant })
    .strict(),
  giveItems: z
    .object({
      id,
      kind: z.enum(giveItemKinds),
      title: z.string().min(1),
      url: nullableText,
      topics: z.array(z.string()),
      note: nullableText,
      createdAt: instant,
      updatedAt: instant,
    })
    .strict(),
  questions: z.object({ id, text: z.string().min(1), createdAt: instant }).strict(),
  // Since version 2: outreach templates, campaigns, and each recipient's draft and send state.
  templates: z.object(templateCopy).strict(),
  // templateId is a plain reference: the template may have been deleted since (decision 0011).
  campaigns: z.object({ ...templateCopy, templateId: id.nullable() }).strict(),
  campaignRecipients: z
    .object({
      campaignId: id,
      contactId: id,
      position: z.number().int().min(0),
      toName: z.string(),
      toAddress: z.string(),
      personal: nullableText,
      subject: z.string(),
      body: z.string(),
      edited: z.boolean(),
      ready: z.boolean(),
      sendState: z.enum(sendStates),
      messageId: nullableText,
      attempts: z.number().int().min(0),
      lastError: nullableText,
      sentAt: instant.nullable(),
      sentVia: z.enum(sendVias).nullable(),
      // The e-mail interaction logged when it was sent.
      interactionId: id.nullable(),
      updatedAt: instant,
    })
    .strict(),
  // Pairs the user said are not the same person (backups written before dismissals have none).
  duplicateDismissals: z.object({ contactA: id, contactB: id, createdAt: instant }).strict(),
};

export type BackupTableName = keyof typeof backupRowSchemas;

/** The backed-up tables in restore order: a row's references come before it. */
export const backupTableNames = [
  'accountSettings',
  'contacts',
  'giveItems',
  'interactions',
  'interactionContacts',
  'knowsEdges',
  'questions',
  'duplicateDismissals',
  'templates',
  'campaigns',
  'campaignRecipients',
] as const satisfies readonly BackupTableName[];

export type BackupTables = { [T in BackupTableName]: z.output<(typeof backupRowSchemas)[T]>[] };

export const backupTablesSchema = z
  .object(
    Object.fromEntries(backupTableNames.map((t) => [t, z.array(backupRowSchemas[t]).default([])])) as {
      [T in BackupTableName]: z.ZodDefault<z.ZodArray<(typeof backupRowSchemas)[T]>>;
    },
  )
  .strict();

/** The whole file. */
export const backupFileSchema = z
  .object({
    format: z.literal(BACKUP_FORMAT),
    version: z.literal(backupVersions),
    exportedAt: instant,
    tables: backupTablesSchema,
  })
  .strict();

export interface BackupFile {
  format: typeof BACKUP_FORMAT;
  version: (typeof backupVersions)[number];
  exportedAt: string;
  tables: BackupTables;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The record a path points at (`tables.contacts.3.emails` → contacts #4 with its id), for messages. */
function recordAt(input: Record<string, unknown>, path: readonly PropertyKey[]): BackupRecordRef | null {
  const [root, table, index] = path;
  if (root !== 'tables' || typeof table !== 'string' || typeof index !== 'number') return null;
  const tables = input.tables;
  const rows = isRecord(tables) ? tables[table] : undefined;
  const row = Array.isArray(rows) ? (rows[index] as unknown) : undefined;
  return { table, index, key: isRecord(row) ? describeKey(row) : null };
}

/** A record of the file, for error messages: its table, its position (0-based) and its key. */
export interface BackupRecordRef {
  table: string;
  index: number;
  key: string | null;
}

function describeKey(row: Record<string, unknown>): string | null {
  for (const keys of [['id'], ['interactionId', 'contactId'], ['campaignId', 'contactId'], ['contactA', 'contactB']]) {
    if (keys.every((k) => typeof row[k] === 'string')) return keys.map((k) => String(row[k])).join('/');
  }
  return null;
}

/** "contacts record 4 (id abc)": how messages name a record. */
export function nameRecord(ref: BackupRecordRef): string {
  return `${ref.table} record ${ref.index + 1}${ref.key === null ? '' : ` (${ref.key})`}`;
}

/**
 * Validates a parsed backup file.
 * @throws AppError `validation_failed` when it is not a nexo backup, comes from a newer nexo, or a
 *   record is malformed; the message names the first bad record, `details.issues` every bad field.
 */
export function parseBackup(input: unknown): BackupFile {
  if (!isRecord(input) || input.format !== BACKUP_FORMAT) {
    throw new AppError('validation_failed', `This is not a nexo backup: expected "format": "${BACKUP_FORMAT}".`, {
      issues: [{ field: 'format', message: `Expected "${BACKUP_FORMAT}".` }],
    });
  }
  if (typeof input.version === 'number' && input.version > BACKUP_VERSION) {
    throw new AppError(
      'validation_failed',
      `This backup was written by a newer version of nexo (format version ${input.version}; this one reads up to ${BACKUP_VERSION}). Upgrade nexo to restore it.`,
      { issues: [{ field: 'version', message: `Unsupported version ${input.version}.` }] },
    );
  }
  const result = backupFileSchema.safeParse(input);
  if (result.success) return result.data;
  const issues = describeIssues(result.error);
  const first = result.error.issues[0];
  const ref = first ? recordAt(input, first.path) : null;
  const firstIssue = issues[0];
  const what = firstIssue ? `${firstIssue.field}: ${firstIssue.message}` : 'invalid';
  const message = ref ? `Invalid ${nameRecord(ref)}: ${what}` : `Invalid backup: ${what}`;
  throw new AppError('validation_failed', message, { issues, ...(ref ? { record: ref } : {}) });
}
