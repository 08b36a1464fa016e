// `nexo lint`: the exact --json shape, stdin and files, --context and --to, exit 0 with findings, bad input.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { errorEnvelope, json, runCli, tempDataDir } from '../testing/run.js';

interface LintJson {
  lang: string;
  findings: { rule: string; severity: string; message: string; evidence: string }[];
}

let data: ReturnType<typeof tempDataDir>;
const nexo = (args: string[], stdin?: string, extra: { isTTY?: boolean } = {}) =>
  runCli(data.dir, args, { ...(stdin === undefined ? {} : { stdin }), ...extra });
const file = (name: string, text: string) => {
  const path = join(data.dir, name);
  writeFileSync(path, text);
  return path;
};
const rules = (r: LintJson) => r.findings.map((f) => f.rule);

const earlyAsk = 'Hola Marta, ¿podrías pasarle mi CV a tu responsable de contratación?';

beforeEach(() => {
  data = tempDataDir();
});
afterEach(() => data.remove());

describe('nexo lint', () => {
  it('prints exactly {lang, findings:[{rule, severity, message, evidence}]} and exits 0 with findings', async () => {
    const result = await nexo(['lint', '--json'], earlyAsk);
    expect(result.code).toBe(0);
    const parsed = json<LintJson>(result);
    expect(Object.keys(parsed)).toEqual(['lang', 'findings']);
    expect(parsed.lang).toBe('es');
    const ask = parsed.findings.find((f) => f.rule === 'early-ask');
    expect(ask && Object.keys(ask)).toEqual(['rule', 'severity', 'message', 'evidence']);
    expect(ask?.severity).toBe('warning');
    expect(earlyAsk).toContain(ask?.evidence);
    // Explained in the draft's language when --lang is not given.
    expect(ask?.message).toMatch(/favor|antes|relación/);
  });

  it('reads the draft from a file or from "-", and renders messages in --lang', async () => {
    const path = file('draft.txt', earlyAsk);
    const fromFile = json<LintJson>(await nexo(['lint', '--json', path]));
    const fromDash = json<LintJson>(await nexo(['lint', '--json', '-'], earlyAsk));
    expect(fromFile).toEqual(fromDash);
    const english = json<LintJson>(await nexo(['lint', '--json', '--lang', 'en', path]));
    expect(english.lang).toBe('en');
    expect(rules(english)).toEqual(rules(fromFile));
    expect(english.findings[0]?.message).not.toBe(fromFile.findings[0]?.message);
  });

  it('says so when there is nothing to fix, still exit 0', async () => {
    const good =
      'Hi Priya, thanks for the tip on the Kafka talk last week, it helped a lot. Here is the article on consumer lag I mentioned: https://example.org/lag';
    const ctx = file('ctx.json', JSON.stringify({ stage: 'second-contact', recipient: { name: 'Priya' } }));
    const result = await nexo(['lint', '--context', ctx, '--json'], good);
    expect(json<LintJson>(result)).toEqual({ lang: 'en', findings: [] });
    const human = await nexo(['lint', '--context', ctx], good);
    expect(human).toEqual({ code: 0, stdout: 'No findings: nothing to fix in this draft.\n', stderr: '' });
  });

  it('takes the stage, the recipient and the help received from --context', async () => {
    const text = 'Hi Tom, would you be able to refer me for the backend role at Stripe?';
    expect(rules(json<LintJson>(await nexo(['lint', '--json'], text)))).toContain('early-ask');
    const established = file('est.json', JSON.stringify({ stage: 'established', helpReceived: true }));
    const result = rules(json<LintJson>(await nexo(['lint', '--json', '--context', established], text)));
    expect(result).not.toContain('early-ask');
    expect(result).toContain('missing-thanks');
  });

  it('fails with validation_failed naming the field for a bad context file, printing no findings', async () => {
    const bad = file('bad.json', JSON.stringify({ stage: 'friends', recipient: { name: 'Tom' } }));
    const result = await nexo(['lint', '--json', '--context', bad], 'Hi Tom');
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    const error = errorEnvelope(result);
    expect(error.code).toBe('validation_failed');
    expect(error.details.issues).toEqual([expect.objectContaining({ field: 'context.stage' })]);

    const human = await nexo(['lint', '--context', bad], 'Hi Tom');
    expect(human.code).toBe(2);
    expect(human.stderr).toContain('--context (context.stage)');

    const notJson = await nexo(['lint', '--json', '--context', file('x.json', '{stage:')], 'Hi');
    expect(notJson.code).toBe(2);
    expect(errorEnvelope(notJson).details.issues).toEqual([expect.objectContaining({ field: '--context' })]);
    const missing = await nexo(['lint', '--json', join(data.dir, 'nope.txt')]);
    expect(missing.code).toBe(2);
  });

  it('builds the context from a contact with --to: who they are, their stage, and help since my last message', async () => {
    const add = await nexo([
      'contacts',
      'add',
      '--name',
      'Marta Ruiz',
      '--company',
      'Cabify',
      '--tag',
      'airflow',
      '--json',
    ]);
    expect(add.code).toBe(0);
    const text = 'Hola Marta, vi tu charla sobre Airflow en Cabify. ¿Tomamos un café la semana que viene?';
    const first = json<LintJson>(await nexo(['lint', '--json', '--to', 'Marta'], text));
    expect(rules(first)).not.toContain('no-personal-detail');
    expect(rules(first)).not.toContain('missing-thanks');

    await nexo(['log', 'Marta', '--kind', 'email', '--direction', 'out', '--at', '2026-01-01']);
    await nexo(['log', 'Marta', '--kind', 'email', '--direction', 'in', '--value', 'give', '--at', '2026-01-05']);
    expect(rules(json<LintJson>(await nexo(['lint', '--json', '--to', 'Marta'], text)))).toContain('missing-thanks');

    const unknown = await nexo(['lint', '--json', '--to', 'Nobody'], text);
    expect(unknown.code).toBe(3);
  });

  it('shows each finding with the evidence marked and the advice; ANSI only on a terminal', async () => {
    const plain = await nexo(['lint', '--lang', 'en'], earlyAsk);
    expect(plain.code).toBe(0);
    expect(plain.stdout).toMatch(/^\d+ things? to look at before you send this:/);
    expect(plain.stdout).toContain('early-ask (worth fixing)');
    expect(plain.stdout).toMatch(/»[^«]*CV[^«]*«/);
    expect(plain.stdout).not.toContain('\u001b[');
    const tty = await nexo(['lint', '--lang', 'en'], earlyAsk, { isTTY: true });
    const ansi = '\u001b[';
    const marked = tty.stdout
      .split(`${ansi}1;4;33m`)
      .slice(1)
      .map((part) => part.split(`${ansi}0m`)[0]);
    expect(marked).toContainEqual(expect.stringContaining('CV'));
    expect(tty.stdout).not.toContain('»');
  });
});
