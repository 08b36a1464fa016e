/** Input schemas for the give library: a new item and a change to one. */
import { z } from 'zod';
import { optionalText, text } from '../shared/schema.js';
import { giveItemKinds } from './types.js';

const topic = z
  .string()
  .trim()
  .min(1)
  .max(60)
  .transform((t) => t.toLowerCase());

const topics = z
  .array(topic)
  .max(30)
  .transform((list) => [...new Set(list)]);

/** An http(s) URL, or null / "" for none. */
const url = optionalText(2000).refine((v) => v === null || /^https?:\/\/[^\s/]+\S*$/i.test(v), {
  message: 'Expected an http:// or https:// address.',
});

/** What `gives.add` accepts: a title at least; the kind defaults to `article`. */
export const newGiveItemSchema = z
  .object({
    kind: z.enum(giveItemKinds).default('article'),
    title: text(300),
    url: url.optional(),
    topics: topics.default([]),
    note: optionalText(4000).optional(),
  })
  .strict();

/** What `gives.update` accepts: any of the fields; `null` clears the URL or the note. */
export const giveItemPatchSchema = z
  .object({
    kind: z.enum(giveItemKinds).optional(),
    title: text(300).optional(),
    url: url.optional(),
    topics: topics.optional(),
    note: optionalText(4000).optional(),
  })
  .strict();

export type NewGiveItemInput = z.input<typeof newGiveItemSchema>;
