/** Per-account settings: language, keep-in-touch cadence per tier and target size per tier. */
import type { Tier } from '../contacts/types.js';

export const locales = ['en', 'es', 'pt', 'it'] as const;
export type Locale = (typeof locales)[number];

export interface AccountSettings {
  locale: Locale;
  /** Days between check-ins for each tier. */
  cadenceDays: Record<Tier, number>;
  /** How many people the user wants in each tier (quality over quantity). */
  tierTargets: Record<Tier, number>;
}

/** Sensible defaults: close people every two weeks, the wide network twice a year. */
export const defaultSettings: AccountSettings = {
  locale: 'en',
  cadenceDays: { inner: 14, key: 30, network: 90, wide: 180 },
  tierTargets: { inner: 5, key: 15, network: 50, wide: 150 },
};
