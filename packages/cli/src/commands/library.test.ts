// `nexo questions` and `nexo gives`: the bank in the user's language, own questions, the library and what fits whom.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { json, runCli, tempDataDir } from '../testing/run.js';

let data: ReturnType<typeof tempDataDir>;
const nexo = (...args: string[]) => runCli(data.dir, args);

beforeEach(() => {
  data = tempDataDir();
});
afterEach(() => data.remove());

interface QuestionsJson {
  items: { id: string; text: string; source: 'bank' | 'own' }[];
}

describe('nexo questions', () => {
  it('lists the bank in --lang, adds and removes your own', async () => {
    const es = await nexo('questions', '--lang', 'es');
    expect(es.code).toBe(0);
    expect(es.stdout).toContain('Preguntas para un primer encuentro:');
    expect(es.stdout).toContain(' 1. ¿Cómo empezaste en lo que haces ahora?');
    expect(es.stdout).toContain('nexo questions add');

    const added = json<{ id: string; text: string }>(
      await nexo('questions', 'add', 'What surprised you most in your first year?', '--json'),
    );
    const list = json<QuestionsJson>(await nexo('questions', '--json', '--lang', 'it'));
    expect(list.items.length).toBeGreaterThanOrEqual(13);
    expect(list.items[0]?.text).toBe('Come hai iniziato a fare quello che fai oggi?');
    expect(list.items.at(-1)).toEqual({
      id: added.id,
      text: 'What surprised you most in your first year?',
      source: 'own',
    });
    expect((await nexo('questions', 'list', '--lang', 'en')).stdout).toContain(`(yours, id ${added.id})`);

    expect((await nexo('questions', 'remove', added.id)).stdout).toBe('Removed the question.\n');
    expect((await nexo('questions', 'remove', added.id)).code).toBe(3);
    expect((await nexo('questions', 'add', '   ')).code).toBe(2);
  });
});

describe('nexo gives', () => {
  it('adds, lists and removes library items; --for shows what fits a contact and why; log links it', async () => {
    expect((await nexo('gives', 'list')).stdout).toContain('Your library is empty.');
    const item = json<{ id: string; topics: string[]; kind: string }>(
      await nexo(
        'gives',
        'add',
        'Inclusive forms',
        '--url',
        'https://example.org/forms',
        '--topic',
        'Accessibility',
        '--topic',
        'ux',
        '--json',
      ),
    );
    expect(item).toMatchObject({ kind: 'article', topics: ['accessibility', 'ux'] });
    await nexo('gives', 'add', 'Never Eat Alone', '--kind', 'book', '--topic', 'networking');
    const listed = await nexo('gives', 'list', '--lang', 'es');
    expect(listed.stdout).toContain('2 elementos en tu biblioteca:');
    expect(listed.stdout).toContain('libro');

    const ana = json<{ id: string }>(
      await nexo('contacts', 'add', '--name', 'Ana Souza', '--tag', 'accessibility', '--json'),
    );
    const forAna = await nexo('gives', 'list', '--for', 'Ana');
    expect(forAna.stdout).toContain('What Ana Souza might like, best first:');
    expect(forAna.stdout).toContain(`1. Inclusive forms  (id ${item.id})`);
    expect(forAna.stdout).toContain('It is about accessibility, one of their interests.');
    expect(forAna.stdout).not.toContain('Never Eat Alone');

    const logged = json<{ interaction: { giveItemId: string; giveKind: string; contactIds: string[] } }>(
      await nexo('log', 'Ana', '--kind', 'email', '--value', 'give', '--give-item', item.id, '--json'),
    );
    expect(logged.interaction).toMatchObject({ giveItemId: item.id, giveKind: 'article', contactIds: [ana.id] });
    expect((await nexo('gives', 'list', '--for', 'Ana')).stdout).toContain(
      'Nothing in your library fits Ana Souza yet.',
    );

    const badLink = await nexo('log', 'Ana', '--value', 'ask', '--give-item', item.id, '--json');
    expect(badLink.code).toBe(2);
    expect(badLink.stderr).toContain('giveItemId');

    expect((await nexo('gives', 'remove', item.id)).code).toBe(0);
    expect((await nexo('gives', 'remove', item.id)).code).toBe(3);
    expect((await nexo('gives', 'add', 'x', '--url', 'not a url')).code).toBe(2);
  });
});
