/** Text helpers shared by the domain: the one normalisation used for accent-insensitive matching. */

/**
 * Folds text for matching: Unicode NFKD, combining marks removed, lower case, whitespace collapsed.
 * "  José  ÁLVAREZ" becomes "jose alvarez". Storage uses the same function to build search keys.
 */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}
