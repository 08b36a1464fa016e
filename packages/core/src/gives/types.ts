/**
 * The give library (principle 2: give before you ask): things worth sharing with the people in the
 * network, each with the topics it is about, so the coach can match them to a contact's interests.
 */

export const giveItemKinds = ['article', 'job-ad', 'event', 'ebook', 'book', 'introduction'] as const;
export type GiveItemKind = (typeof giveItemKinds)[number];

export interface GiveItem {
  id: string;
  kind: GiveItemKind;
  title: string;
  /** Where to find it (http or https), if it lives online. */
  url: string | null;
  /** What it is about, lower-case free text (matched against a contact's tags, sector and role). */
  topics: string[];
  note: string | null;
  createdAt: string;
  updatedAt: string;
}

/** A partial update; `null` clears an optional field. */
export type GiveItemPatch = Partial<Pick<GiveItem, 'kind' | 'title' | 'url' | 'topics' | 'note'>>;

/** One library item linked from an interaction with one contact: what was already sent to whom. */
export interface SentGive {
  contactId: string;
  giveItemId: string;
  occurredAt: string;
}
