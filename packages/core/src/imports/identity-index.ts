/**
 * An in-memory index of who is already known, by identity key, built once per import from the
 * account's contacts and kept up to date as records are created or enriched. First holder of a key
 * wins. Keys are computed once per record (`identityKeys`) and handed to every lookup.
 */
import { linkedinKey, similarNameKeys, strongKeys, type MatchReason } from './identity.js';
import type { ContactIdentity, PhoneNormalizer } from './types.js';

type Person = Omit<ContactIdentity, 'id'>;

export interface IdentityMatch {
  id: string;
  reason: MatchReason;
}

/** Every key of one person, computed once. */
export interface IdentityKeys {
  strong: { key: string; reason: MatchReason }[];
  similar: string[];
  linkedin: string | null;
}

export class IdentityIndex {
  private readonly byKey = new Map<string, string>();
  private readonly similar = new Map<string, string>();
  private readonly linkedinOf = new Map<string, string>();

  constructor(private readonly normalize: PhoneNormalizer) {}

  /** The keys of a person, to pass to `add`, `match` and `likelyDuplicateOf`. */
  keysOf(person: Person): IdentityKeys {
    const linkedin = linkedinKey(person.linkedinUrl);
    return {
      strong: strongKeys(person, this.normalize, linkedin),
      similar: similarNameKeys(person.name, person.company),
      linkedin,
    };
  }

  /** Adds (or extends) a person's keys; keys already held by someone else stay theirs. */
  add(id: string, person: Person | IdentityKeys): void {
    const keys = 'strong' in person ? person : this.keysOf(person);
    for (const { key } of keys.strong) if (!this.byKey.has(key)) this.byKey.set(key, id);
    for (const key of keys.similar) if (!this.similar.has(key)) this.similar.set(key, id);
    if (keys.linkedin && !this.linkedinOf.has(id)) this.linkedinOf.set(id, keys.linkedin);
  }

  /**
   * The known person this record is, by the strongest key that matches. A weaker key does not match
   * a person with another LinkedIn profile: two profiles are two people, whatever their names.
   */
  match(person: Person | IdentityKeys): IdentityMatch | null {
    const keys = 'strong' in person ? person : this.keysOf(person);
    for (const { key, reason } of keys.strong) {
      const id = this.byKey.get(key);
      if (id === undefined) continue;
      if (reason !== 'linkedin' && this.differs(keys.linkedin, id)) continue;
      return { id, reason };
    }
    return null;
  }

  /**
   * Someone else who is probably the same person: a shared key, or a similar name at the same
   * company; never someone with another LinkedIn profile.
   */
  likelyDuplicateOf(id: string, person: Person | IdentityKeys): IdentityMatch | null {
    const keys = 'strong' in person ? person : this.keysOf(person);
    for (const { key, reason } of keys.strong) {
      const other = this.byKey.get(key);
      if (other !== undefined && other !== id && !this.differs(keys.linkedin, other)) return { id: other, reason };
    }
    for (const key of keys.similar) {
      const other = this.similar.get(key);
      if (other !== undefined && other !== id && !this.differs(keys.linkedin, other)) {
        return { id: other, reason: 'similar-name-company' };
      }
    }
    return null;
  }

  private differs(own: string | null, other: string): boolean {
    const theirs = this.linkedinOf.get(other);
    return own !== null && theirs !== undefined && theirs !== own;
  }
}
