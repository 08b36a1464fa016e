/** Input schema for changing account settings; any subset may be given. */
import { z } from 'zod';
import { locales } from './types.js';

const days = z.number().int().min(1).max(3650);
const target = z.number().int().min(0).max(100_000);

export const settingsPatchSchema = z
  .object({
    locale: z.enum(locales).optional(),
    cadenceDays: z.object({ inner: days, key: days, network: days, wide: days }).partial().strict().optional(),
    tierTargets: z.object({ inner: target, key: target, network: target, wide: target }).partial().strict().optional(),
  })
  .strict();
