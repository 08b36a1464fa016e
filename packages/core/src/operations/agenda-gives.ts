/**
 * The give library in the Today agenda: for the lines where sending something fits, the best library
 * item for that person (not sent to them before) and a suggestion that names it.
 */
import type { AgendaItem, AgendaItemKind } from '../agenda/today.js';
import { suggestGives, suggestSending } from '../gives/suggest.js';
import type { GiveItem } from '../gives/types.js';
import type { Message } from '../i18n/message.js';
import type { AgendaCandidate, GiveStore } from '../ports.js';

/** Agenda lines where a give is the right next step (a thank-you is not the moment to send an article). */
const givingKinds: ReadonlySet<AgendaItemKind> = new Set(['overdue', 'first-give', 'follow-up']);

export interface LibraryPick {
  suggestion: Message;
  giveItem: { id: string; title: string; url: string | null };
}

/**
 * The library item to suggest per contact id, for the agenda `items` ranked from `candidates`. Two
 * queries (the library, what was sent to these people), none when the library is empty.
 */
export async function pickLibraryGives(
  gives: Pick<GiveStore, 'sentTo'>,
  accountId: string,
  library: readonly GiveItem[],
  items: readonly AgendaItem[],
  candidates: readonly AgendaCandidate[],
): Promise<Map<string, LibraryPick>> {
  const picks = new Map<string, LibraryPick>();
  const eligible = items.filter((i) => givingKinds.has(i.kind));
  if (eligible.length === 0) return picks;
  if (library.length === 0) return picks;
  const sent = new Map<string, string[]>();
  for (const s of await gives.sentTo(
    accountId,
    eligible.map((i) => i.contactId),
  )) {
    sent.set(s.contactId, [...(sent.get(s.contactId) ?? []), s.giveItemId]);
  }
  const byId = new Map(candidates.map((c) => [c.id, c]));
  for (const item of eligible) {
    const contact = byId.get(item.contactId);
    if (!contact) continue;
    const [best] = suggestGives(contact, library, { sent: sent.get(contact.id) ?? [], limit: 1 });
    if (!best) continue;
    picks.set(contact.id, {
      suggestion: suggestSending(contact.name, best),
      giveItem: { id: best.item.id, title: best.item.title, url: best.item.url },
    });
  }
  return picks;
}
