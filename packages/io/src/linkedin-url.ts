/** LinkedIn profile URLs: the identity of a connection, normalised to https://www.linkedin.com/in/<slug>. */

/**
 * Normalises a LinkedIn profile URL (any scheme, sub-domain such as `de.` or `mobile.`, query,
 * trailing slash or percent-encoding) to `https://www.linkedin.com/in/<slug>` with the slug
 * percent-decoded; null when it is not a personal profile URL.
 * @example normalizeLinkedinUrl('linkedin.com/in/ken-o%E2%80%99brien-44/?trk=x') // 'https://www.linkedin.com/in/ken-o’brien-44'
 */
export function normalizeLinkedinUrl(raw: string): string | null {
  const v = raw.trim();
  const m = /^(?:https?:\/\/)?(?:[a-z]{2,3}\.|www\.|mobile\.)?linkedin\.com\/(?:mwlite\/)?in\/([^/?#\s]+)/i.exec(v);
  if (!m?.[1]) return null;
  let slug = m[1];
  try {
    slug = decodeURIComponent(slug);
  } catch {
    // A lone '%' is kept as written.
  }
  slug = slug.trim();
  if (!slug) return null;
  return `https://www.linkedin.com/in/${slug}`;
}
