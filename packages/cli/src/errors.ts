/**
 * How failures leave the CLI: the same AppError codes as the API, one table mapping them to exit
 * codes, and one printer for stderr (a readable line, or the API's JSON envelope with --json).
 */
import { AppError, isAppError, type ErrorCode } from '@nexo/core';
import type { CliIo } from './io.js';
import type { Translate } from './i18n.js';
import { renderTable } from './output/table.js';

/** The exit code of each error code; anything not listed exits 1. */
export const exitCodes: Partial<Record<ErrorCode, number>> = {
  validation_failed: 2,
  not_found: 3,
  ambiguous_reference: 4,
  conflict: 5,
  storage_unavailable: 6,
  migration_mismatch: 7,
};

/** The process exit code for an error code. */
export function exitCodeFor(code: ErrorCode): number {
  return exitCodes[code] ?? 1;
}

/** Domain field names as the flags a CLI user typed (`occurredAt` → `--at`). */
const flagByField: Record<string, string> = {
  occurredAt: '--at',
  followUpAt: '--follow-up',
  emails: '--email',
  phones: '--phone',
  tags: '--tag',
  givenName: '--given-name',
  familyName: '--family-name',
  linkedinUrl: '--linkedin',
  cadenceDays: '--cadence',
  askKind: '--ask-kind',
  giveKind: '--give-kind',
  giveItemId: '--give-item',
  contactIds: 'CONTACT',
  contact: 'CONTACT',
  knowsContactId: 'CONTACT',
};

/** The flag for a field path from core (`emails.1` → `--email`); parser fields pass through. */
export function flagForField(field: string): string {
  if (/^[-(]/.test(field) || field === field.toUpperCase()) return field;
  const head = field.split('.')[0] ?? field;
  return flagByField[head] ?? `--${head.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
}

/** A usage error from the argument parser, as the `validation_failed` error it is. */
export function usageError(message: string): AppError {
  const text = message
    .replace(/^error:\s*/, '')
    .replace(/\s*\n\s*/g, ' ')
    .trim();
  const option = /'(-{1,2}[\w-]+)/.exec(text)?.[1];
  const argument = /argument '([\w-]+)'/.exec(text)?.[1];
  const field = option ?? (argument ? argument.toUpperCase() : '(command)');
  // "argument 'x' is invalid. Allowed choices are a, b, c." keeps the value and choices apart,
  // so the message can be said again in the user's language.
  const choice = /argument '([^']*)' is invalid\. Allowed choices are (.+?)\.?$/.exec(text);
  const extra = choice ? { value: choice[1], choices: choice[2]?.split(/,\s*/) } : {};
  return new AppError('validation_failed', text, { issues: [{ field, message: text }], ...extra });
}

/**
 * The first line of an error in the user's language, for the errors people meet most (unknown or
 * ambiguous contact, a value outside its choices); other messages stay as the domain wrote them.
 */
function headline(e: AppError, t: Translate): string {
  const d = e.details ?? {};
  if (e.code === 'not_found' && typeof d['reference'] === 'string')
    return t('error.noMatch', { reference: d['reference'] });
  if (e.code === 'not_found' && typeof d['id'] === 'string') return t('error.notFound', { id: d['id'] });
  if (e.code === 'not_found' && d['kind'] === 'dismissal')
    return t('error.notDismissed', { a: String(d['aName']), b: String(d['bName']) });
  if (e.code === 'ambiguous_reference' && typeof d['reference'] === 'string') {
    return t('error.ambiguous', { reference: d['reference'], n: candidatesOf(d).length });
  }
  const [issue] = issuesOf(d);
  if (e.code === 'validation_failed' && typeof d['value'] === 'string' && Array.isArray(d['choices']) && issue) {
    return t('error.invalidChoice', { value: d['value'], field: issue.field, choices: d['choices'].join(', ') });
  }
  return e.message;
}

/** Any thrown value as an AppError; unknown failures become `internal_error` without internals. */
export function toAppError(error: unknown, env: CliIo['env']): AppError {
  if (isAppError(error)) return error;
  const debug = env.NEXO_DEBUG === '1';
  const details = debug && error instanceof Error ? { cause: error.message, stack: error.stack } : undefined;
  return new AppError(
    'internal_error',
    'Something went wrong inside nexo. Run again with NEXO_DEBUG=1 for details.',
    details,
  );
}

interface Issue {
  field: string;
  message: string;
}
interface Candidate {
  id: string;
  name: string;
  company: string | null;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

function issuesOf(details: Record<string, unknown> | undefined): Issue[] {
  const list = details?.issues;
  if (!Array.isArray(list)) return [];
  return list.filter(isRecord).map((i) => ({ field: String(i.field), message: String(i.message) }));
}

function candidatesOf(details: Record<string, unknown> | undefined): Candidate[] {
  const list = details?.candidates;
  if (!Array.isArray(list)) return [];
  return list.filter(isRecord).map((c) => ({
    id: String(c.id),
    name: String(c.name),
    company: typeof c.company === 'string' ? c.company : null,
  }));
}

/**
 * Prints `error` on stderr and returns the exit code. Human form: `error: <message> [<code>]`, then
 * each bad field by its flag, or the candidates of an ambiguous reference.
 */
export function reportError(io: CliIo, error: unknown, options: { json: boolean; t: Translate }): number {
  const e = toAppError(error, io.env);
  if (options.json) {
    io.stderr(`${JSON.stringify({ error: { code: e.code, message: e.message, details: e.details ?? {} } })}\n`);
    return exitCodeFor(e.code);
  }
  const lines = [`error: ${headline(e, options.t)} [${e.code}]`];
  for (const issue of issuesOf(e.details)) {
    const flag = flagForField(issue.field);
    const named = flag === issue.field ? flag : `${flag} (${issue.field})`;
    if (issue.message !== e.message) lines.push(`  ${named}: ${issue.message}`);
    else lines.push(`  ${options.t('error.field')}: ${named}`);
  }
  const candidates = candidatesOf(e.details);
  if (candidates.length > 0) {
    lines.push(options.t('error.candidates'));
    const rows = candidates.map((c) => [c.id, c.name, c.company ?? '']);
    lines.push(
      renderTable([options.t('column.id'), options.t('column.name'), options.t('column.company')], rows, { indent: 2 }),
    );
  }
  if (typeof e.details?.hint === 'string') lines.push(`${options.t('error.hint')}: ${e.details.hint}`);
  if (typeof e.details?.stack === 'string') lines.push(e.details.stack);
  io.stderr(`${lines.join('\n')}\n`);
  return exitCodeFor(e.code);
}
