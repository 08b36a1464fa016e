/**
 * Scenarios for the catalogue tests: a varied set of relationships, agendas and networks, and
 * everything the engine says about them.
 */
import { buildAgenda, type AgendaCandidates } from '../agenda/today.js';
import { checkAskReadiness } from '../coach/ask-readiness.js';
import { assessCadence } from '../coach/cadence.js';
import { assessRelationship } from '../coach/relationship.js';
import { stages } from '../coach/stage.js';
import { emptySummary } from '../coach/summary.js';
import { contactRecord, daysAgo, fact, now } from '../coach/test-factories.js';
import { askKinds } from '../interactions/types.js';
import { buildNetworkMetrics } from '../metrics/network-metrics.js';
import { countsFromMap } from '../metrics/sources.js';
import { contactContexts } from '../contacts/types.js';
import type { NetworkCounts } from '../ports.js';
import { defaultSettings } from '../settings/types.js';
import type { Message } from './message.js';
import { catalogues } from './translate.js';
import { exclusionMessage, exclusionReasons } from '../campaigns/audience.js';
import { planCalendarEvents } from '../calendar/feed.js';
import { suggestGives, suggestSending } from '../gives/suggest.js';
import type { GiveItem } from '../gives/types.js';

/** Messages from a varied set of relationships, agendas and networks: everything the engine says. */
export function engineMessages(): Message[] {
  const out: Message[] = [];
  const histories = [
    [],
    [fact(3, 'out')],
    [fact(3, 'in')],
    [fact(9, 'out'), fact(3, 'in', 'give')],
    [fact(90, 'out'), fact(60, 'out'), fact(2, 'out', 'ask')],
    [fact(20, 'both', 'give'), fact(10, 'in'), fact(12.5, 'both', 'ask'), fact(1, 'both')],
    [fact(60, 'both', 'give'), fact(40, 'in'), fact(25, 'both')],
    [fact(40, 'both')],
    [
      ...Array.from({ length: 8 }, (_, i) => fact(300 - i * 30, 'both')),
      fact(200, 'out', 'give'),
      fact(199, 'in', 'give'),
    ],
    [fact(400, 'both'), fact(300, 'out', 'ask'), fact(250, 'out', 'ask')],
  ];
  for (const [i, facts] of histories.entries()) {
    for (const cadenceDays of [null, 1, 14, 45]) {
      const record = contactRecord({ createdAt: daysAgo(i * 20), cadenceDays }, facts);
      const view = assessRelationship(record, defaultSettings, now);
      out.push(view.stage.reason, view.reciprocity.reason, view.cadence.reason, view.health.reason);
      out.push(...Object.values(view.health.components).map((c) => c.reason));
      for (const askKind of [...askKinds, null]) {
        for (const w of checkAskReadiness({ stage: view.stage.stage, reciprocity: view.reciprocity, askKind })) {
          out.push(w.message, w.suggestion);
        }
      }
    }
  }
  out.push(assessCadence(emptySummary, daysAgo(1), 30, now).reason);
  for (const stage of stages) out.push({ key: 'health.depth', params: { stage } });
  out.push(...agendaMessages());
  out.push(...metricsMessages());
  out.push(...exclusionReasons.map((reason) => exclusionMessage(reason, 'Ana')));
  out.push(...calendarMessages());
  out.push(...libraryMessages());
  out.push(...importProblemMessages());
  return out;
}

/**
 * Every import problem (their English text is written by io's parsers and `toContactFields`), with
 * a value for each variable any of them uses.
 */
function importProblemMessages(): Message[] {
  const params = {
    line: 12,
    date: '09 Oct 2024',
    value: 'n/a',
    format: 'outlook',
    rows: 20,
    name: 'Ana Souza',
    field: 'emails',
    email: 'ana@example.com',
    reason: 'Unexpected token',
    n: 3,
    preview: 'hello',
    outer: 4,
    property: 'TEL',
    type: 'image/jpeg',
    max: 20,
    why: 'Invalid email address',
  };
  const keys = Object.keys((catalogues.en as { importProblem: Record<string, string> }).importProblem);
  return keys.map((key) => ({ key: `importProblem.${key}`, params }));
}

/** Why a library item fits someone, and the agenda line that names it, for every kind of match. */
function libraryMessages(): Message[] {
  const item: GiveItem = {
    id: 'g-1',
    kind: 'article',
    title: 'Open banking in 2026',
    url: null,
    topics: ['fintech', 'banking', 'design', 'nubank'],
    note: null,
    createdAt: daysAgo(1),
    updatedAt: daysAgo(1),
  };
  const target = { name: 'Ana', tags: ['fintech'], sector: 'Banking', role: 'Product designer', company: 'Nubank' };
  return suggestGives(target, [item]).flatMap((s) => [
    ...s.reasons,
    ...s.matches.map((m) => suggestSending('Ana', { ...s, matches: [m] })),
  ]);
}

function agendaMessages(): Message[] {
  const ana = contactRecord({ name: 'Ana', tags: ['fintech'] }, [fact(200, 'both'), fact(100, 'in', 'give')]);
  const bo = contactRecord({ name: 'Bo' }, [fact(100, 'in', 'give'), fact(90, 'in', 'give')]);
  const people = [
    ana,
    bo,
    contactRecord({ name: 'Cy', context: 'event', createdAt: daysAgo(2) }, [fact(1, 'both', 'neutral', daysAgo(0.5))]),
    contactRecord({ name: 'Di', company: 'Natura' }, [fact(40, 'both', 'neutral', daysAgo(3))]),
    contactRecord({ name: 'Ed', tags: ['ai'] }, [fact(40, 'both', 'neutral', daysAgo(3))]),
    contactRecord({ name: 'Flo' }, [fact(40, 'both', 'neutral', daysAgo(3))]),
    contactRecord({ name: 'Gil', context: 'work', createdAt: daysAgo(200) }),
    contactRecord({ name: 'Hal', createdAt: daysAgo(200) }),
    contactRecord({ name: 'Ivy', tags: ['ux'] }, [fact(300, 'both'), fact(250, 'out', 'ask')]),
    contactRecord({ name: 'Jo' }, [fact(300, 'both'), fact(250, 'out', 'ask')]),
    contactRecord({ name: 'Kai', tier: 'inner' }, [fact(60, 'both')]),
    contactRecord({ name: 'Lu', tags: ['ai'] }, [fact(300, 'both')]),
    contactRecord({ name: 'Mo', sector: 'energy' }, [fact(300, 'both')]),
    contactRecord({ name: 'Ned', role: 'nurse' }, [fact(300, 'both')]),
    contactRecord({ name: 'Oz' }, [fact(300, 'both')]),
    contactRecord({ name: 'Pia', tier: 'key' }, [fact(30.2, 'both')]),
  ];
  const fresh = [
    contactRecord({ name: 'Qi', context: 'event', createdAt: daysAgo(1) }),
    contactRecord({ name: 'Ray', tags: ['ai'], createdAt: daysAgo(10) }),
    contactRecord({ name: 'Sol', company: 'Enel', createdAt: daysAgo(10) }),
    contactRecord({ name: 'Tea', createdAt: daysAgo(0) }),
  ];
  const candidates: AgendaCandidates = {
    thanksOwed: [ana, bo, contactRecord({ name: 'Undated' }, [fact(40, 'both')])],
    followUpsDue: people.slice(2, 6),
    overdue: people.slice(6),
    awaitingFirstGive: [...fresh, ana],
  };
  return buildAgenda(candidates, defaultSettings, now, 100).flatMap((i) => [
    i.reason,
    i.suggestion,
    ...i.also.map((a) => a.reason),
  ]);
}

function metricsMessages(): Message[] {
  const base: NetworkCounts = {
    totalContacts: 40,
    activeRelationships: 1,
    ghosts: 20,
    gives: 2,
    asks: 6,
    thanks: 0,
    byCircle: {},
    byTier: { inner: 9, key: 16 },
    byContext: { work: 39 },
    byStage: {},
    overdue: 1,
    exchangesByMonth: [],
    sources: { sector: countsFromMap({}), company: countsFromMap({}) },
    cadenceByTier: {},
  };
  // Every concentration verdict of every dimension: too few, diverse, moderate, concentrated.
  const spreads = [
    {},
    { a: 3 },
    Object.fromEntries(Array.from({ length: 20 }, (_, i) => [`v${i}`, 2])),
    { a: 10, b: 8, c: 6, d: 6, e: 5, f: 5 },
    { a: 30, b: 5 },
  ];
  const sourceVariants: NetworkCounts[] = spreads.map((spread) => ({
    ...base,
    byContext: Object.fromEntries(Object.entries(spread).map(([k, n], i) => [contactContexts[i % 10] ?? k, n])),
    sources: { sector: countsFromMap(spread), company: countsFromMap(spread) },
  }));
  const variants: NetworkCounts[] = [
    base,
    { ...base, ghosts: 1, totalContacts: 3, byTier: { inner: 6 }, overdue: 5 },
    { ...base, asks: 0, gives: 9, ghosts: 0, byTier: {}, overdue: 0 },
    { ...base, totalContacts: 0 },
  ];
  const verdicts = sourceVariants.flatMap((c) => {
    const m = buildNetworkMetrics(c, defaultSettings, now);
    return [m.sources.context.verdict, m.sources.sector.verdict, m.sources.company.verdict];
  });
  return [...variants.flatMap((c) => buildNetworkMetrics(c, defaultSettings, now).insights), ...verdicts];
}

/** The calendar feed: its name, and a check-in and a follow-up event, late and ahead. */
function calendarMessages(): Message[] {
  const late = contactRecord({ name: 'Vi', tags: ['ai'] }, [fact(100, 'both', 'neutral', daysAgo(3))]);
  const ahead = contactRecord({ name: 'Wu', company: 'Enel' }, [fact(20, 'both', 'neutral', daysAgo(-5))]);
  const events = planCalendarEvents({ checkIns: [late, ahead], followUps: [late, ahead] }, defaultSettings, now);
  return [
    { key: 'calendar.name' },
    { key: 'calendar.description' },
    { key: 'calendar.categoryCheckIn' },
    { key: 'calendar.categoryFollowUp' },
    ...events.flatMap((e) => [e.summary, e.reason, e.suggestion]),
  ];
}
