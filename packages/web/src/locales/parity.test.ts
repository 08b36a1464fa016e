/**
 * The four catalogues of the web app stay complete: the same keys everywhere, no empty text, the
 * same {{placeholders}} per key, every plural form each language needs, and every key the source
 * code asks for present.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import en from './en.json';
import es from './es.json';
import it_ from './it.json';
import pt from './pt.json';

type Tree = { [key: string]: string | Tree };

const catalogues: Record<string, Tree> = { en, es, pt, it: it_ };
const pluralSuffixes = ['zero', 'one', 'two', 'few', 'many', 'other'];

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

const placeholders = (text: string): string[] =>
  [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1] ?? '').sort();

const flat = Object.fromEntries(Object.entries(catalogues).map(([lang, tree]) => [lang, flatten(tree)]));
const enKeys = [...(flat.en?.keys() ?? [])].sort();

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !name.endsWith('.test.ts') ? [path] : [];
  });
}

describe('web locale catalogues', () => {
  for (const lang of Object.keys(catalogues)) {
    const keys = flat[lang] ?? new Map<string, string>();

    it(`${lang} has exactly the keys of en`, () => {
      expect([...keys.keys()].sort()).toEqual(enKeys);
    });

    it(`${lang} has no empty text and keeps every placeholder of en`, () => {
      for (const [key, text] of keys) {
        expect(text.trim(), `${lang}:${key}`).not.toBe('');
        expect(placeholders(text), `${lang}:${key}`).toEqual(placeholders(flat.en?.get(key) ?? ''));
      }
    });

    it(`${lang} has every plural form the language needs`, () => {
      const categories = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
      const bases = new Set(
        [...keys.keys()].flatMap((k) => {
          const m = /^(.*)_(zero|one|two|few|many|other)$/.exec(k);
          return m?.[1] ? [m[1]] : [];
        }),
      );
      expect(bases.size).toBeGreaterThan(0);
      for (const base of bases) {
        for (const category of categories) {
          expect(keys.has(`${base}_${category}`), `${lang}:${base}_${category}`).toBe(true);
        }
      }
    });
  }

  it('has every key the source code asks for', () => {
    const src = fileURLToPath(new URL('..', import.meta.url));
    const en = flat.en ?? new Map<string, string>();
    const missing: string[] = [];
    for (const file of sourceFiles(src)) {
      const code = readFileSync(file, 'utf8');
      for (const m of code.matchAll(/\bt\(\s*'([a-zA-Z0-9_.-]+)'/g)) {
        const key = m[1] ?? '';
        const found = en.has(key) || pluralSuffixes.some((s) => en.has(`${key}_${s}`));
        if (!found) missing.push(`${file.slice(src.length)}: ${key}`);
      }
      // Dynamic keys such as t(`enum.tier.${tier}`): the prefix must name a group of the catalogue.
      for (const m of code.matchAll(/\bt\(\s*`([a-zA-Z0-9_.-]+)\.\$\{/g)) {
        const prefix = `${m[1] ?? ''}.`;
        if (![...en.keys()].some((k) => k.startsWith(prefix))) missing.push(`${file.slice(src.length)}: ${prefix}*`);
      }
    }
    expect(missing).toEqual([]);
  });
});
