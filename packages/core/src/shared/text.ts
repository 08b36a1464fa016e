/** Text helpers shared by the domain: the one normalisation used for accent-insensitive matching. */

/**
 * Folds text for matching: Unicode NFKD, combining marks removed, lower case, whitespace collapsed.
 * "  José  ÁLVAREZ" becomes "jose alvarez". Storage uses the same function to build search keys.
 * Imports fold every name and company several times, so plain ASCII text, whose NFKD form is
 * itself, skips the normalisation, and text with tidy spacing skips the whitespace pass; the result
 * is the same (a property test compares it with the full path).
 */
export function foldForSearch(text: string): string {
  if (NON_ASCII.test(text)) return foldFully(text);
  const lower = text.toLowerCase();
  return UNTIDY_SPACE.test(lower) ? lower.replace(/\s+/g, ' ').trim() : lower;
}

/** Outside TAB..'~': anything but ASCII (and the rare controls below TAB) takes the full path. */
const NON_ASCII = /[^\t-~]/;
/** Whitespace that `foldFully` would change in ASCII text: at either end, doubled, or not a space. */
const UNTIDY_SPACE = /^\s|\s$|\s\s|[\t\n\v\f\r]/;

/** The definition of folding, for any text. */
export function foldFully(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}
