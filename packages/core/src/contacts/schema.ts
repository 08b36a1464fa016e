/** Input schemas for contacts: what create and update accept, with field-level messages. */
import { z } from 'zod';
import { isoDateTime, optionalText, text } from '../shared/schema.js';
import { circles, contactContexts, contactSorts, tiers } from './types.js';
import { stages } from '../coach/stage.js';

/** One @, no spaces, something on each side (zod's Unicode e-mail pattern). */
export const EMAIL_PATTERN = z.regexes.unicodeEmail;

const email = z
  .string()
  .trim()
  .toLowerCase()
  // Address books hold internationalised (RFC 6531) and local addresses (`名無し@host`, `me@intranet`):
  // one @, no spaces, something on each side.
  .pipe(z.email({ pattern: EMAIL_PATTERN, message: 'Not a valid e-mail address.' }));

const phone = z
  .string()
  .trim()
  .min(3)
  .max(40)
  .refine((v) => isPhoneText(v), {
    message: 'Not a phone number: use digits, spaces and + ( ) - . only.',
  });

const birthday = z
  .string()
  .trim()
  .refine((v) => isValidBirthday(v), {
    message: 'Expected YYYY-MM-DD, or --MM-DD when the year is unknown, and not in the future.',
  });

const linkedinUrl = z
  .string()
  .trim()
  .refine((v) => isLinkedinUrl(v), {
    message: 'Expected a LinkedIn profile URL such as https://www.linkedin.com/in/name.',
  });

const photo = z
  .string()
  .trim()
  .max(4_000_000)
  .refine((v) => /^data:image\/[a-z0-9.+-]+(;[^,]*)?,/i.test(v) || /^https?:\/\/\S+$/i.test(v), {
    message: 'Expected a data:image/... URI or an http(s) URL.',
  });

const tag = z
  .string()
  .trim()
  .min(1)
  .max(60)
  .transform((v) => v.toLowerCase());

const tagList = z
  .array(tag)
  .max(100)
  .transform((list) => [...new Set(list)]);

const dedupe = <T>(list: T[]) => [...new Set(list)];

/** Fields shared by create and update, each optional. */
const contactFields = {
  name: text(200),
  givenName: optionalText(100),
  familyName: optionalText(100),
  emails: z.array(email).max(20).transform(dedupe),
  phones: z.array(phone).max(20).transform(dedupe),
  company: optionalText(200),
  role: optionalText(200),
  sector: optionalText(100),
  location: optionalText(200),
  linkedinUrl: linkedinUrl.nullable(),
  birthday: birthday.nullable(),
  photo: photo.nullable(),
  notes: optionalText(20_000),
  tags: tagList,
  circle: z.enum(circles),
  context: z.enum(contactContexts).nullable(),
  tier: z.enum(tiers),
  cadenceDays: z.number().int().min(1).max(3650).nullable(),
};

/** What `contacts.create` accepts. `name` may be left out when a given or family name is present. */
export const newContactSchema = z
  .object({
    ...contactFields,
    name: contactFields.name.optional(),
    givenName: contactFields.givenName.optional(),
    familyName: contactFields.familyName.optional(),
    emails: contactFields.emails.default([]),
    phones: contactFields.phones.default([]),
    company: contactFields.company.optional(),
    role: contactFields.role.optional(),
    sector: contactFields.sector.optional(),
    location: contactFields.location.optional(),
    linkedinUrl: contactFields.linkedinUrl.optional(),
    birthday: contactFields.birthday.optional(),
    photo: contactFields.photo.optional(),
    notes: contactFields.notes.optional(),
    tags: contactFields.tags.default([]),
    circle: contactFields.circle.default('professional'),
    context: contactFields.context.optional(),
    tier: contactFields.tier.default('network'),
    cadenceDays: contactFields.cadenceDays.optional(),
  })
  .strict()
  .superRefine((v, ctx) => {
    if (!v.name && !v.givenName && !v.familyName) {
      ctx.addIssue({ code: 'custom', path: ['name'], message: 'A name is required.' });
    }
  })
  .transform((v) => ({
    name: v.name ?? [v.givenName, v.familyName].filter(Boolean).join(' '),
    givenName: v.givenName ?? null,
    familyName: v.familyName ?? null,
    emails: v.emails,
    phones: v.phones,
    company: v.company ?? null,
    role: v.role ?? null,
    sector: v.sector ?? null,
    location: v.location ?? null,
    linkedinUrl: v.linkedinUrl ?? null,
    birthday: v.birthday ?? null,
    photo: v.photo ?? null,
    notes: v.notes ?? null,
    tags: v.tags,
    circle: v.circle,
    context: v.context ?? null,
    tier: v.tier,
    cadenceDays: v.cadenceDays ?? null,
  }));

/** What `contacts.update` accepts: any subset of the fields; `null` clears an optional one. */
export const contactPatchSchema = z
  .object({
    ...Object.fromEntries(Object.entries(contactFields).map(([k, s]) => [k, s.optional()])),
    archived: z.boolean().optional(),
  } as { [K in keyof typeof contactFields]: z.ZodOptional<(typeof contactFields)[K]> } & {
    archived: z.ZodOptional<z.ZodBoolean>;
  })
  .strict()
  .refine((v) => Object.keys(v).length > 0, { message: 'Nothing to change: give at least one field.' });

/** Query parameters for listing contacts. */
export const contactFilterSchema = z
  .object({
    search: z.string().trim().max(200).optional(),
    circle: z.enum(circles).optional(),
    tier: z.enum(tiers).optional(),
    context: z.enum(contactContexts).optional(),
    tag: tag.optional(),
    stage: z.enum(stages).optional(),
    due: z
      .union([z.boolean(), z.enum(['true', 'false'])])
      .transform((v) => v === true || v === 'true')
      .optional(),
    archived: z
      .union([z.boolean(), z.enum(['true', 'false', 'only'])])
      .transform((v) => (v === 'only' ? 'only' : v === true || v === 'true'))
      .optional(),
    sort: z.enum(contactSorts).optional(),
    limit: z.coerce.number().int().min(1).max(500).default(50),
    cursor: z.string().max(500).nullish(),
  })
  .strict();

/** What `contacts.snooze` accepts: the instant the contact comes back to the agenda. */
export const snoozeSchema = z
  .object({
    until: isoDateTime.describe('Back on the Today agenda from this instant (a date is read as UTC midnight).'),
  })
  .strict();

/** A phone number as people type it: digits, spaces and + ( ) - . / with an extension, 3+ digits. */
export function isPhoneText(v: string): boolean {
  return /^[+()\d\s./-]+(\s*(x|ext\.?)\s*\d+)?$/i.test(v) && /\d{3}/.test(v.replace(/\D/g, ''));
}

/** YYYY-MM-DD (a real date from 1900 to today) or --MM-DD. */
export function isValidBirthday(v: string): boolean {
  const full = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v);
  const partial = /^--(\d{2})-(\d{2})$/.exec(v);
  if (full) {
    const date = new Date(`${v}T00:00:00Z`);
    return (
      !Number.isNaN(date.getTime()) &&
      date.toISOString().startsWith(v) &&
      Number(full[1]) >= 1900 &&
      date.getTime() <= Date.now()
    );
  }
  if (partial) {
    // 2000 is a leap year, so 29 February is accepted without a year.
    const date = new Date(`2000-${partial[1]}-${partial[2]}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(`2000-${partial[1]}-${partial[2]}`);
  }
  return false;
}

/** `https://www.linkedin.com/in/<slug>` with a slug of ASCII letters, digits and dashes. */
const PLAIN_PROFILE_URL = /^https:\/\/www\.linkedin\.com\/in\/[A-Za-z0-9-]+$/;

/** An http(s) URL on linkedin.com with a path. */
export function isLinkedinUrl(v: string): boolean {
  // The shape imports write (io's normalised profile URL) needs no URL parser: one per record.
  if (PLAIN_PROFILE_URL.test(v)) return true;
  try {
    const url = new URL(v);
    return /^https?:$/.test(url.protocol) && /(^|\.)linkedin\.com$/i.test(url.hostname) && url.pathname.length > 1;
  } catch {
    return false;
  }
}
