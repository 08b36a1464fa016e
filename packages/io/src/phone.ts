/** Phone numbers: E.164 normalisation (libphonenumber-js) and the light clean-up applied on import. */
import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js';

/**
 * Normalises a phone number to E.164 (`+14186569254`), or null when it is not a possible number.
 * Without a `+` prefix the number is read in `defaultCountry` (an ISO 3166 code such as 'DE').
 * @example normalizePhone('(0221) 9999123', 'DE') // '+492219999123'
 */
export function normalizePhone(raw: string, defaultCountry?: string): string | null {
  const cleaned = cleanPhone(raw);
  if (cleaned == null) return null;
  const number = cleaned.replace(/\s*(?:ext\.?|x)\s*\d+$/i, '').replace(/^00(?=[1-9])/, '+');
  const country = defaultCountry ? (defaultCountry.toUpperCase() as CountryCode) : undefined;
  try {
    const parsed = parsePhoneNumberFromString(number, country);
    if (!parsed || !parsed.isPossible()) return null;
    return parsed.number;
  } catch {
    return null;
  }
}

const phoneShape = /^[+()\d\s./-]+(\s*(x|ext\.?)\s*\d+)?$/i;

/**
 * Cleans a phone value as a file holds it (`tel:` URIs, `;ext=` extensions, odd spaces) and returns
 * it when it looks like a phone number nexo accepts (digits, spaces, + ( ) - . and at least three
 * digits), otherwise null.
 */
export function cleanPhone(raw: string): string | null {
  let v = raw.replace(/[\u00a0\u2000-\u200b\u202f]/g, ' ').trim();
  v = v.replace(/^tel:/i, '');
  v = v.replace(/;ext=(\d+)/i, ' ext. $1').replace(/;[a-z-]+=[^;]*/gi, '');
  v = v.replace(/\s+/g, ' ').trim();
  if (!phoneShape.test(v)) return null;
  if (v.replace(/\D/g, '').length < 3) return null;
  return v;
}
