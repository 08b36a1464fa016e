/**
 * generic-invite: the networks' stock connection request ("I'd like to add you to my professional
 * network", "Me gustaría añadirte a mi red profesional"...) or a close variant, with nothing about
 * this person and nothing offered. It replaces no-personal-detail and no-value-offered, which would
 * say the same thing twice.
 */
import { patterns } from '../lang/index.js';
import type { Draft, Span } from '../normalize.js';
import type { ReviewFinding } from '../types.js';
import { findingAt, matchAll } from './shared.js';

export function findConnectRequests(draft: Draft): Span[] {
  return matchAll(patterns.connect, draft.folded);
}

export function checkGenericInvite(draft: Draft, connect: Span[], personal: Span[], value: Span[]): ReviewFinding[] {
  const first = connect[0];
  if (!first || personal.length > 0 || value.length > 0) return [];
  return [findingAt('generic-invite', draft, first)];
}
