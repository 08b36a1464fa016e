/** Photos: media types from magic bytes, and data: URIs built from decoded image bytes. */

/** The image media type that the leading bytes announce (JPEG, PNG, GIF, WebP, BMP), or null. */
export function sniffImageType(b: Uint8Array): string | null {
  if (b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return 'image/jpeg';
  if (b[0] === 0x89 && b[1] === 0x50 && b[2] === 0x4e && b[3] === 0x47) return 'image/png';
  if (b[0] === 0x47 && b[1] === 0x49 && b[2] === 0x46 && b[3] === 0x38) return 'image/gif';
  if (
    b[0] === 0x52 &&
    b[1] === 0x49 &&
    b[2] === 0x46 &&
    b[3] === 0x46 &&
    b[8] === 0x57 &&
    b[9] === 0x45 &&
    b[10] === 0x42 &&
    b[11] === 0x50
  ) {
    return 'image/webp';
  }
  if (b[0] === 0x42 && b[1] === 0x4d) return 'image/bmp';
  return null;
}

/** The media type for a vCard TYPE / MEDIATYPE value such as 'JPEG', 'image/png'. */
export function mediaTypeFromLabel(label: string | undefined): string | null {
  if (!label) return null;
  const l = label.trim().toLowerCase();
  if (l.includes('/')) return l;
  const map: Record<string, string> = {
    jpeg: 'image/jpeg',
    jpg: 'image/jpeg',
    png: 'image/png',
    gif: 'image/gif',
    webp: 'image/webp',
    bmp: 'image/bmp',
  };
  return map[l] ?? (/^[a-z0-9.+-]+$/.test(l) ? `image/${l}` : null);
}

/** A `data:` URI for image bytes; the sniffed type wins over the declared one. */
export function toDataUri(bytes: Uint8Array, declared?: string | null): string {
  const type = sniffImageType(bytes) ?? declared ?? 'application/octet-stream';
  return `data:${type};base64,${Buffer.from(bytes).toString('base64')}`;
}

/** Decodes the bytes of a base64 `data:` URI, or null for anything else. */
export function dataUriBytes(uri: string): { type: string; bytes: Uint8Array } | null {
  const m = /^data:([^;,]*)((?:;[^;,]*)*);base64,(.*)$/is.exec(uri.trim());
  if (!m) return null;
  return {
    type: (m[1] ?? '').toLowerCase(),
    bytes: new Uint8Array(Buffer.from((m[3] ?? '').replace(/\s+/g, ''), 'base64')),
  };
}
