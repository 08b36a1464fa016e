/**
 * The measured scenarios: each core operation, called as the adapters call it, paired with its raw
 * baseline on the same inputs, and the target it should meet.
 */
import { getContact, getMetrics, listContacts, today, type RequestContext } from '@nexo/core';
import type { Services } from '@nexo/server';
import type { Work } from './measure.js';
import type { RawBaselines } from './raw-queries.js';

export type ScenarioKey = 'agenda' | 'search' | 'contact' | 'contactFull' | 'metrics';

export interface Scenario {
  key: ScenarioKey;
  label: string;
  /** What the raw baseline reads. */
  baseline: string;
  op: Work;
  raw: Work;
  /** The p50 the operation should stay under on SQLite at full size, if any. */
  targetP50Ms: number | null;
  /** Names the input of iteration `i`, to report p50 per input. */
  labelOf?: (i: number) => string;
  /** How many distinct inputs the scenario cycles through: each is read once before timing. */
  distinctInputs: number;
}

/** The operation's p50 should stay within this factor of its raw baseline's p50. */
export const RATIO_TARGET = 1.5;
export const AGENDA_LIMIT = 20;

export interface ScenarioInputs {
  searchTerms: readonly string[];
  contactIds: readonly string[];
}

const cycle = <T>(list: readonly T[], i: number): T => {
  const item = list[i % list.length];
  if (item === undefined) throw new Error('cycle: empty input list');
  return item;
};

/** The scenarios for one opened storage. */
export function buildScenarios(
  services: Services,
  ctx: RequestContext,
  raw: RawBaselines,
  inputs: ScenarioInputs,
): Scenario[] {
  const { searchTerms, contactIds } = inputs;
  return [
    {
      key: 'agenda',
      label: 'agenda.today (limit 20)',
      baseline: '5 candidate queries (3x limit each) + settings',
      op: () => today(services, ctx, { limit: AGENDA_LIMIT }),
      raw: () => raw.agenda(new Date(), AGENDA_LIMIT * 3),
      targetP50Ms: 10,
      distinctInputs: 1,
    },
    {
      key: 'search',
      label: 'contacts.list search-as-you-type',
      baseline: 'the search query, 21 rows',
      op: (i) => listContacts(services, ctx, { search: cycle(searchTerms, i), limit: 20 }),
      raw: (i) => raw.search(cycle(searchTerms, i), 20),
      targetP50Ms: 2,
      labelOf: (i) => cycle(searchTerms, i),
      distinctInputs: searchTerms.length,
    },
    {
      key: 'contact',
      label: 'contacts.get (+ last 20 interactions)',
      baseline: 'contact row + last 20 interactions',
      op: (i) => getContact(services, ctx, cycle(contactIds, i)),
      raw: (i) => raw.contactPage(cycle(contactIds, i)),
      targetP50Ms: 2,
      distinctInputs: contactIds.length,
    },
    {
      key: 'contactFull',
      label: 'contacts.get vs all of its reads',
      baseline: 'also settings and the people known (a join)',
      op: (i) => getContact(services, ctx, cycle(contactIds, i)),
      raw: (i) => raw.contactPageFull(cycle(contactIds, i)),
      targetP50Ms: null,
      distinctInputs: contactIds.length,
    },
    {
      key: 'metrics',
      label: 'metrics.get',
      baseline: 'the grouped aggregate + settings',
      op: () => getMetrics(services, ctx),
      raw: () => raw.metrics(new Date()),
      targetP50Ms: null,
      distinctInputs: 1,
    },
  ];
}
