// The benchmark generator: deterministic for a seed, and the promised shape (counts and skew).
import { describe, expect, it } from 'vitest';
import { foldForSearch } from '@nexo/core';
import { apportion, generateDataset, type GeneratorOptions } from './generator.js';

const small: GeneratorOptions = {
  seed: 7,
  contacts: 1000,
  interactions: 20_000,
  knows: 3000,
  now: new Date('2025-06-01T12:00:00.000Z'),
};

describe('generateDataset', () => {
  const data = generateDataset(small);

  it('gives the same records for the same seed, and others for another seed', () => {
    const again = generateDataset(small);
    expect(again.contacts.slice(0, 5)).toEqual(data.contacts.slice(0, 5));
    expect(again.interactions.slice(0, 5)).toEqual(data.interactions.slice(0, 5));
    expect(again.knows.slice(0, 5)).toEqual(data.knows.slice(0, 5));
    const other = generateDataset({ ...small, seed: 8 });
    expect(other.contacts[0]?.id).not.toBe(data.contacts[0]?.id);
  });

  it('makes exactly the requested number of each record, with unique ids', () => {
    expect(data.contacts).toHaveLength(1000);
    expect(data.interactions).toHaveLength(20_000);
    expect(data.knows).toHaveLength(3000);
    const ids = [...data.contacts, ...data.interactions].map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(data.knows.map((e) => `${e.contactA}|${e.contactB}`)).size).toBe(3000);
  });

  it('skews activity: a few people with hundreds of interactions, a long tail with 0-3', () => {
    const links = new Map<string, number>();
    for (const i of data.interactions) for (const id of i.contactIds) links.set(id, (links.get(id) ?? 0) + 1);
    const counts = data.contacts.map((c) => links.get(c.id) ?? 0).sort((a, b) => b - a);
    expect(counts[0]).toBeGreaterThanOrEqual(200);
    expect(counts.filter((n) => n >= 200).length).toBeLessThanOrEqual(20);
    expect(counts.filter((n) => n <= 3).length).toBeGreaterThan(400);
    expect(counts.filter((n) => n === 0).length).toBeGreaterThan(50);
    const inner = data.contacts.filter((c) => c.tier === 'inner' || c.tier === 'key');
    expect(inner.length).toBeGreaterThan(0);
    expect(inner.length).toBeLessThan(100);
  });

  it('stays in the last five years, with accents, follow-ups, archived people and valid edges', () => {
    const now = small.now.toISOString();
    const fiveYearsAgo = new Date(small.now.getTime() - 5 * 365 * 86_400_000 - 86_400_000).toISOString();
    for (const i of data.interactions) {
      expect(i.occurredAt <= now && i.occurredAt >= fiveYearsAgo).toBe(true);
      expect(i.contactIds.length).toBeGreaterThanOrEqual(1);
    }
    expect(data.contacts.some((c) => foldForSearch(c.name) !== c.name.toLowerCase())).toBe(true);
    expect(data.interactions.some((i) => i.followUpAt !== null)).toBe(true);
    expect(data.interactions.some((i) => i.contactIds.length > 1)).toBe(true);
    expect(data.contacts.some((c) => c.archived)).toBe(true);
    expect(new Set(data.interactions.map((i) => i.direction))).toEqual(new Set(['out', 'in', 'both']));
    expect(data.knows.every((e) => e.contactA < e.contactB)).toBe(true);
  });
});

describe('apportion', () => {
  it('splits a total in proportion, adding up exactly', () => {
    expect(apportion([1, 1, 1], 10)).toEqual([4, 3, 3]);
    expect(apportion([0, 5], 7)).toEqual([0, 7]);
  });
});
