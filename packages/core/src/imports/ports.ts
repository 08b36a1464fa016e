/**
 * What imports, duplicates and merges need from outside, implemented by storage. An import runs in
 * one transaction through an ImportSession; a merge and its undo are each one transaction too.
 */
import type { Contact, NewContactRecord } from '../contacts/types.js';
import type { Interaction } from '../interactions/types.js';
import type { ContactFields } from './merge.js';
import type { ContactIdentity, ImportBatch, ImportBatchEntry } from './types.js';

/** The writes and reads of one import, all inside its transaction. */
export interface ImportSession {
  /** Who the account already knows (archived contacts too), for matching. */
  identities(): Promise<ContactIdentity[]>;
  getContacts(ids: readonly string[]): Promise<Contact[]>;
  /** The ids among `ids` that already have a `connection` interaction. */
  withConnection(ids: readonly string[]): Promise<Set<string>>;
  startBatch(batch: ImportBatch): Promise<void>;
  /** Many new contacts at once; their summaries start empty. */
  insertContacts(contacts: readonly NewContactRecord[]): Promise<void>;
  /** Replaces the fields of existing contacts (their history is untouched). */
  updateContacts(contacts: readonly Contact[]): Promise<void>;
  insertInteractions(interactions: readonly Interaction[]): Promise<void>;
  /** Records what the batch did per contact; a second entry for a contact only adds its interaction. */
  recordEntries(batchId: string, entries: readonly ImportBatchEntry[]): Promise<void>;
  /** Saves the final counts and recomputes the summaries of these contacts (whose history changed). */
  finishBatch(batch: ImportBatch, contactIdsToSummarize: readonly string[]): Promise<void>;
}

/** What undoing an import did. */
export interface ImportUndoResult {
  batch: ImportBatch;
  /** Contacts the import had created, removed with their interactions. */
  removed: number;
  /** Contacts the import had updated, back to their previous values. */
  restored: number;
  /** Contacts that no longer exist (merged or deleted since), left alone. */
  missing: number;
}

export interface ImportStore {
  /** Runs `work` in one transaction: everything it wrote is kept, or (when it throws) nothing. */
  run<T>(accountId: string, work: (session: ImportSession) => Promise<T>): Promise<T>;
  /** Newest first. */
  list(accountId: string, limit: number): Promise<ImportBatch[]>;
  get(accountId: string, id: string): Promise<ImportBatch | null>;
  /**
   * Undoes a batch in one transaction: removes the contacts it created (and the interactions it
   * created), restores the contacts it updated, marks it undone.
   * @throws AppError `not_found`, `conflict` when it was undone already.
   */
  undo(accountId: string, id: string, undoneAt: string): Promise<ImportUndoResult>;
}

/** A merge as recorded: `other` was folded into `keep`. */
export interface MergeRecord {
  id: string;
  keepId: string;
  otherId: string;
  /** The name `other` had, for lists of past merges. */
  otherName: string;
  createdAt: string;
  undoneAt: string | null;
}

export interface MergeStore {
  /**
   * In one transaction: snapshots both contacts, moves every interaction, knows-edge and duplicate
   * dismissal of `other` to `keep` (a dismissal of the pair itself is dropped), writes the merged
   * fields on `keep`, deletes `other`, recomputes `keep`'s summary.
   * @throws AppError `not_found` for a missing contact.
   */
  merge(
    accountId: string,
    merge: { id: string; keepId: string; otherId: string; fields: ContactFields; createdAt: string },
  ): Promise<MergeRecord>;
  /**
   * Restores both contacts as they were, with their own interactions, edges and dismissals.
   * @throws AppError `not_found`, `conflict` when undone already or when `other`'s id is taken again.
   */
  undo(accountId: string, id: string, undoneAt: string): Promise<MergeRecord>;
  /** Newest first. */
  list(accountId: string, limit: number): Promise<MergeRecord[]>;
  /** The identity fields of every non-archived contact, for duplicate detection. */
  identities(accountId: string): Promise<ContactIdentity[]>;
}

/** Two contacts the user said are not the same person: an unordered pair, stored with `aId < bId`. */
export interface DuplicateDismissal {
  aId: string;
  bId: string;
  createdAt: string;
}

/**
 * The pairs duplicate detection must not suggest again. A merge re-points the dismissals of the
 * contact it folds to the one that stays (MergeStore.merge), and its undo puts them back.
 */
export interface DismissalStore {
  /**
   * Records the pair (given in either order). Dismissing a pair again keeps the first record.
   * @throws AppError `not_found` for a missing contact.
   */
  dismiss(
    accountId: string,
    pair: { aId: string; bId: string; createdAt: string },
  ): Promise<{ dismissal: DuplicateDismissal; created: boolean }>;
  /** Removes the pair (either order): the dismissal removed, or null when there was none. */
  undo(accountId: string, aId: string, bId: string): Promise<DuplicateDismissal | null>;
  /** Newest first. */
  list(accountId: string, limit: number): Promise<DuplicateDismissal[]>;
  /** Every dismissed pair of the account, for duplicate detection. */
  all(accountId: string): Promise<DuplicateDismissal[]>;
}
