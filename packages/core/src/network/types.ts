/** Knows-edges: who in the network knows whom, so introductions can go through the right person. */

export const knowsStrengths = ['weak', 'medium', 'strong'] as const;
export type KnowsStrength = (typeof knowsStrengths)[number];

/** An undirected edge: A knows B and B knows A. Stored with `contactA < contactB`. */
export interface KnowsEdge {
  contactA: string;
  contactB: string;
  strength: KnowsStrength;
  /** How they know each other: "worked together at Acme", "siblings"... */
  how: string | null;
  createdAt: string;
}

export type NewKnowsEdgeRecord = KnowsEdge;
