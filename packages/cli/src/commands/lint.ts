/**
 * `nexo lint [--context FILE] [--to CONTACT] [FILE|-]`: the message reviewer on a draft from a file
 * or stdin. Exits 0 whether or not there are findings; only bad input fails. Without --to it needs
 * no database.
 */
import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { AppError, detectLanguage, reviewDraft, type Locale, type RenderedFinding } from '@nexo/core';
import { readAll, type CliIo } from '../io.js';
import { translatorFor, type Translate } from '../i18n.js';
import { withSession, type GlobalOptions } from '../session.js';
import { resolveAny } from './contacts.js';

interface LintFlags extends GlobalOptions {
  context?: string;
  to?: string;
}

const help = `
The context file is JSON, every field optional:
  {"stage": "first-contact" | "second-contact" | "established",
   "recipient": {"name": "...", "company": "...", "role": "...", "notes": ["..."]},
   "helpReceived": true | false}
Without a context (or --to), the draft is read as a first contact with someone you do not know.
Examples:
  nexo lint draft.txt
  pbpaste | nexo lint --to "Ana Souza" --lang pt
  nexo lint --context marta.json --json draft.txt
Exit code 0 with or without findings; 2 for a bad context file or draft.`;

/** A `validation_failed` error about one input, named as the user typed it. */
function badInput(field: string, message: string): AppError {
  return new AppError('validation_failed', `Invalid ${field}: ${message}`, { issues: [{ field, message }] });
}

function reason(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

async function readDraft(io: CliIo, file: string | undefined): Promise<string> {
  if (file === undefined || file === '-') return io.stdin ? readAll(io.stdin) : '';
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    throw badInput('FILE', `cannot read ${file}: ${reason(error)}`);
  }
}

function readContext(file: string | undefined): unknown {
  if (file === undefined) return undefined;
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw badInput('--context', `cannot read ${file}: ${reason(error)}`);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw badInput('--context', `${file} is not valid JSON: ${reason(error)}`);
  }
}

/** Registers `nexo lint`. */
export function registerLint(program: Command, io: CliIo): void {
  program
    .command('lint')
    .description('review a draft message before sending it: stock invitations, early asks, blank fields, no thanks...')
    .argument('[file]', 'the draft ("-" or nothing: read stdin)')
    .option('--context <file>', 'JSON context: stage, recipient {name, company, role, notes}, helpReceived')
    .option('--to <contact>', 'build the context from this contact and your history with them')
    .addHelpText('after', help)
    .action(async (file: string | undefined, _options: unknown, command: Command) => {
      const flags = command.optsWithGlobals<LintFlags>();
      const text = await readDraft(io, file);
      const context = readContext(flags.context);
      // Findings are explained in --lang, else in the language the draft is written in.
      const locale: Locale = flags.lang ?? detectLanguage(text).lang;
      const input = {
        text,
        ...(context === undefined ? {} : { context }),
        ...(flags.lang ? { lang: flags.lang } : {}),
      };
      const result =
        flags.to === undefined
          ? await reviewDraft({}, { accountId: 'local', locale }, input)
          : await withSession(io, flags, async (s) => {
              const contact = await resolveAny(s, flags.to ?? '');
              return reviewDraft(s.services, { ...s.ctx, locale }, { ...input, contactId: contact.id });
            });
      if (flags.json) {
        const findings = result.findings.map(({ rule, severity, message, evidence }) => ({
          rule,
          severity,
          message,
          evidence,
        }));
        io.stdout(`${JSON.stringify({ lang: result.lang, findings }, null, 2)}\n`);
        return;
      }
      io.stdout(renderFindings(text, result.findings, translatorFor(locale), colours(io)));
    });
}

interface Colours {
  mark(text: string, severity: RenderedFinding['severity']): string;
  dim(text: string): string;
}

/** ANSI on a terminal (unless NO_COLOR), plain »markers« in a pipe or a file. */
function colours(io: CliIo): Colours {
  if (io.isTTY === true && !io.env.NO_COLOR) {
    return {
      mark: (t, severity) => `\u001b[1;4;${severity === 'warning' ? '33' : '36'}m${t}\u001b[0m`,
      dim: (t) => `\u001b[2m${t}\u001b[0m`,
    };
  }
  return { mark: (t) => `»${t}«`, dim: (t) => t };
}

/** At most this many characters of the draft on each side of the evidence. */
const AROUND = 30;

/** The evidence in its line of the draft, marked, with a little of what surrounds it. */
function excerpt(text: string, f: RenderedFinding, c: Colours): string {
  const lineStart = text.lastIndexOf('\n', f.start - 1) + 1;
  const nextBreak = text.indexOf('\n', f.end);
  const lineEnd = nextBreak === -1 ? text.length : nextBreak;
  const from = Math.max(lineStart, f.start - AROUND);
  const to = Math.min(lineEnd, f.end + AROUND);
  const before = (from > lineStart ? '…' : '') + text.slice(from, f.start);
  const after = text.slice(f.end, to) + (to < lineEnd ? '…' : '');
  const evidence = f.end > f.start ? text.slice(f.start, f.end) : f.evidence;
  return `${c.dim(before)}${c.mark(evidence.replace(/\s*\n\s*/g, ' '), f.severity)}${c.dim(after)}`.trim();
}

/** The human report: a title, then each finding with its rule, the evidence in context and the advice. */
function renderFindings(text: string, findings: RenderedFinding[], t: Translate, c: Colours): string {
  if (findings.length === 0) return `${t('lint.clean')}\n`;
  const lines = [t('lint.title', { count: findings.length }), ''];
  for (const f of findings) {
    lines.push(`${f.severity === 'warning' ? '!' : 'i'} ${f.rule} (${t(`lint.${f.severity}`)})`);
    if (f.evidence.trim() !== '') lines.push(`  ${excerpt(text, f, c)}`);
    lines.push(`  ${f.message}`, '');
  }
  return `${lines.join('\n')}`;
}
