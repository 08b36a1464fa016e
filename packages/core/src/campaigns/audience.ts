/**
 * Who a general e-mail may go to (principle 11): people in your sector, not your mentors, managers
 * or employers, who deserve the personal request. A contact is marked as one of these by a tag
 * (`mentor`, `manager`, `employer`, or the same word in Spanish, Portuguese or Italian).
 */
import type { Contact } from '../contacts/types.js';
import type { Message } from '../i18n/message.js';
import { foldForSearch } from '../shared/text.js';

export const keptOutRoles = ['mentor', 'manager', 'employer'] as const;
export type KeptOutRole = (typeof keptOutRoles)[number];

/** The tags (folded: lower case, no accents; spaces or hyphens alike) that mark each role. */
export const keptOutTags: Record<KeptOutRole, readonly string[]> = {
  mentor: ['mentor', 'mentora', 'mentore', 'tutor', 'tutora', 'tutore'],
  manager: ['manager', 'boss', 'jefe', 'jefa', 'chefe', 'gestor', 'gestora', 'responsabile', 'capo', 'my-manager'],
  employer: [
    'employer',
    'empleador',
    'empleadora',
    'empregador',
    'empregadora',
    'datore-di-lavoro',
    'datrice-di-lavoro',
  ],
};

const byTag = new Map<string, KeptOutRole>(
  keptOutRoles.flatMap((role) => keptOutTags[role].map((tag) => [tag, role] as const)),
);

/**
 * The role that keeps this contact out of a general e-mail, or null when it may receive one.
 * @example keptOutOfGeneral({ tags: ['Jefa'] }) // 'manager'
 */
export function keptOutOfGeneral(contact: Pick<Contact, 'tags'>): KeptOutRole | null {
  for (const tag of contact.tags) {
    const role = byTag.get(foldForSearch(tag).trim().replace(/\s+/gu, '-'));
    if (role) return role;
  }
  return null;
}

/** Why a picked person was left out of a campaign. */
export type ExclusionReason = 'archived' | 'no-email' | KeptOutRole;

export const exclusionReasons: readonly ExclusionReason[] = ['archived', 'no-email', ...keptOutRoles];

/** The coach's explanation of an exclusion, naming the person. */
export function exclusionMessage(reason: ExclusionReason, name: string): Message {
  return { key: `campaign.excluded.${reason}`, params: { name } };
}
