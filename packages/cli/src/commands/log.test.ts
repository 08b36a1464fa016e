// `nexo log`: defaults for a chance conversation, name resolution and the coach's early-ask nudge.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { daysAgo, errorEnvelope, json, runCli, tempDataDir } from '../testing/run.js';

interface LogJson {
  interaction: {
    id: string;
    contactIds: string[];
    kind: string;
    direction: string;
    value: string;
    note: string | null;
    occurredAt: string;
    askKind: string | null;
  };
  warnings: { code: string; message: string; suggestion: string; contactId: string; name: string }[];
}

let data: ReturnType<typeof tempDataDir>;
const nexo = (...args: string[]) => runCli(data.dir, args);
const add = async (name: string, ...flags: string[]) =>
  json<{ id: string }>(await nexo('contacts', 'add', '--name', name, ...flags, '--json')).id;

beforeEach(() => {
  data = tempDataDir();
});
afterEach(() => data.remove());

describe('nexo log', () => {
  it('logs a chance conversation in one short command: an in-person, two-way chat', async () => {
    const id = await add('Ana Pérez');
    const result = await nexo('log', 'Ana', '--note', 'chatted at the bakery about her new job');
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('Logged: meeting (neutral) with Ana Pérez, today.\n');
    const { interaction, warnings } = json<LogJson>(
      await nexo('log', id, '--kind', 'email', '--value', 'give', '--give-kind', 'article', '--json'),
    );
    expect(interaction).toMatchObject({ contactIds: [id], kind: 'email', value: 'give', direction: 'out' });
    expect(warnings).toEqual([]);
    const shown = json<{ recentInteractions: LogJson['interaction'][] }>(await nexo('contacts', 'show', id, '--json'));
    expect(shown.recentInteractions.map((i) => [i.kind, i.direction, i.note])).toContainEqual([
      'meeting',
      'both',
      'chatted at the bakery about her new job',
    ]);
  });

  it('logs one interaction with several people', async () => {
    const ana = await add('Ana Pérez');
    const bruno = await add('Bruno Costa');
    const { interaction } = json<LogJson>(
      await nexo('log', 'Ana Pérez', 'bruno', '--kind', 'coffee', '--at', daysAgo(2), '--json'),
    );
    expect(interaction.contactIds.sort()).toEqual([ana, bruno].sort());
  });

  it('resolves exact names over partial ones, ignoring case and accents', async () => {
    const ana = await add('Ana');
    await add('Ana Pérez');
    const { interaction } = json<LogJson>(await nexo('log', 'ANA', '--json'));
    expect(interaction.contactIds).toEqual([ana]);
  });

  it('resolves a unique partial name', async () => {
    const id = await add('José Álvarez');
    await add('Bruno Costa');
    const { interaction } = json<LogJson>(await nexo('log', 'alvarez', '--json'));
    expect(interaction.contactIds).toEqual([id]);
  });

  it('asks which one when a name is ambiguous, listing the candidates', async () => {
    const perez = await add('Ana Pérez', '--company', 'Acme');
    const gomez = await add('Ana Gómez');
    const asJson = await nexo('log', 'Ana', '--json');
    expect(asJson.code).toBe(4);
    const error = errorEnvelope(asJson);
    expect(error.code).toBe('ambiguous_reference');
    expect(error.details.candidates).toEqual(
      expect.arrayContaining([
        { id: perez, name: 'Ana Pérez', company: 'Acme' },
        { id: gomez, name: 'Ana Gómez', company: null },
      ]),
    );
    const text = await nexo('log', 'Ana');
    expect(text.stderr).toMatch(/^error: .* \[ambiguous_reference\]\n/);
    expect(text.stderr).toContain(perez);
    expect(text.stderr).toContain('Acme');
    expect(text.stdout).toBe('');
  });

  it('says not_found for somebody unknown', async () => {
    await add('Ana Pérez');
    const result = await nexo('log', 'Zacarías', '--json');
    expect(result.code).toBe(3);
    expect(errorEnvelope(result)).toMatchObject({ code: 'not_found' });
  });

  it('nudges before an ask in a second contact, and saves it anyway', async () => {
    const id = await add('Ana Pérez');
    await nexo('log', 'Ana', '--at', daysAgo(3));
    const result = json<LogJson>(
      await nexo('log', 'Ana', '--kind', 'message', '--value', 'ask', '--ask-kind', 'referral', '--json'),
    );
    expect(result.interaction).toMatchObject({ value: 'ask', askKind: 'referral' });
    expect(result.warnings).toHaveLength(1);
    expect(result.warnings[0]).toMatchObject({ code: 'early-ask', contactId: id, name: 'Ana Pérez' });
    expect(result.warnings[0]?.message).toMatch(/\w/);
    expect(result.warnings[0]?.suggestion).toMatch(/\w/);
    const text = await nexo('log', 'Ana', '--value', 'ask');
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('A thought:');
    expect(text.stdout).toContain('It is saved all the same');
    const shown = json<{ recentInteractions: unknown[] }>(await nexo('contacts', 'show', id, '--json'));
    expect(shown.recentInteractions).toHaveLength(3);
  });

  it('does not nudge an ask in an established relationship', async () => {
    await add('Ana Pérez');
    for (const days of [120, 90, 60, 30]) await nexo('log', 'Ana', '--at', daysAgo(days));
    await nexo('log', 'Ana', '--kind', 'email', '--value', 'give', '--at', daysAgo(20));
    const result = json<LogJson>(await nexo('log', 'Ana', '--value', 'ask', '--ask-kind', 'advice', '--json'));
    expect(result.warnings).toEqual([]);
    const shown = json<{ relationship: { stage: { value: string } } }>(await nexo('contacts', 'show', 'Ana', '--json'));
    expect(['established', 'trusted']).toContain(shown.relationship.stage.value);
  });

  it('rejects a date in the future, naming --at', async () => {
    await add('Ana Pérez');
    const text = await nexo('log', 'Ana', '--at', '2999-01-01');
    expect(text.code).toBe(2);
    expect(text.stderr).toContain('[validation_failed]');
    expect(text.stderr).toContain('--at (occurredAt)');
    const asJson = await nexo('log', 'Ana', '--at', '2999-01-01', '--json');
    expect(errorEnvelope(asJson).details).toEqual({ issues: [{ field: 'occurredAt', message: expect.any(String) }] });
  });

  it('rejects a bad --value with the option named', async () => {
    await add('Ana Pérez');
    const result = await nexo('log', 'Ana', '--value', 'bribe', '--json');
    expect(result.code).toBe(2);
    expect(errorEnvelope(result)).toMatchObject({
      code: 'validation_failed',
      details: { issues: [{ field: '--value' }] },
    });
  });
});
