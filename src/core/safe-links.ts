/**
 * Links in data and content may only lead to web pages, e-mail or a phone call (PRODUCT.md §6b).
 *
 * The scheme is read the way the most lenient consumer would read it: browsers trim C0 controls
 * and spaces and drop tabs and newlines anywhere (`java\tscript:` runs), and Markdown decodes
 * character references in link destinations (`&#106;avascript:`). Reading more leniently than
 * any browser can only reject a harmless oddity, never let a script through.
 */

const SAFE_SCHEMES: ReadonlySet<string> = new Set(['http', 'https', 'mailto', 'tel']);

/** Controls, whitespace and invisible format characters (zero-width space, BOM, soft hyphen). */
const IGNORED_CHARS = /[\p{Cc}\p{Cf}\s]/gu;
const SCHEME = /^([a-z][a-z0-9+.-]*):/i;
const CHARACTER_REFERENCE = /&(?:#(\d{1,7})|#x([0-9a-f]{1,6})|(colon|tab|newline));?/gi;
const NAMED_REFERENCES: Readonly<Record<string, string>> = { colon: ':', tab: '\t', newline: '\n' };

/** True only for http:, https:, mailto:, tel: and relative URLs. */
export function isSafeUrl(url: string): boolean {
  return [url, decodeCharacterReferences(url)].every((variant) => {
    const scheme = schemeOf(variant);
    return scheme === undefined || SAFE_SCHEMES.has(scheme);
  });
}

/** The lower-cased scheme, e.g. `javascript`; undefined for a relative URL. */
export function urlScheme(url: string): string | undefined {
  return schemeOf(url) ?? schemeOf(decodeCharacterReferences(url));
}

function schemeOf(url: string): string | undefined {
  return SCHEME.exec(url.replace(IGNORED_CHARS, ''))?.[1]?.toLowerCase();
}

function decodeCharacterReferences(url: string): string {
  return url.replace(CHARACTER_REFERENCE, (ref: string, dec?: string, hex?: string, name?: string) => {
    if (name) return NAMED_REFERENCES[name.toLowerCase()] ?? ref;
    const code = dec ? Number(dec) : parseInt(hex ?? '', 16);
    return code <= 0x10ffff ? String.fromCodePoint(code) : ref;
  });
}

/**
 * A `tel:` link for a phone number as Finns write it: `029 534 5000` → `tel:+358295345000`
 * (a leading 0 is the Finnish trunk prefix, 00 the international one); `+46 8 123 45` keeps its
 * country code. Spaces, dashes, dots and brackets are only for reading.
 */
export function phoneHref(phone: string): string {
  const digits = phone.replace(/[\s\-.()\u00a0]/g, '');
  if (digits.startsWith('+')) return `tel:${digits}`;
  if (digits.startsWith('00')) return `tel:+${digits.slice(2)}`;
  if (digits.startsWith('0')) return `tel:+358${digits.slice(1)}`;
  return `tel:${digits}`;
}

/** A web address as people read it aloud and type it: `https://www.x.fi/` → `www.x.fi`. */
export function webAddressText(url: string): string {
  return url.replace(/^https?:\/\//i, '').replace(/\/$/, '');
}
