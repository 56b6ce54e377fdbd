/**
 * Matching a brand name inside free text: case-insensitive, several words allowed, spacing and
 * hyphenation between words loose ("Acme Air", "acme-air", "AcmeAir"), an optional leading "@"
 * and a possessive "'s", never inside a longer word ("Acme" does not match "Acmeville").
 */

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/gu, '\\$&');
}

/** The words of a brand name, without a leading "@" or surrounding punctuation. */
export function brandWords(brand: string): string[] {
  return brand
    .trim()
    .replace(/^@+/u, '')
    .split(/[\s\-_]+/u)
    .filter((word) => word.length > 0);
}

/**
 * A regular-expression source matching the brand as a whole word (use with the `iu` flags).
 * Returns null for a blank brand.
 */
export function brandPatternSource(brand: string): string | null {
  const words = brandWords(brand);
  if (words.length === 0) return null;
  const body = words.map(escapeRegExp).join('[\\s\\-_]*');
  return `(?<![\\p{L}\\p{N}])@?${body}(?:['’]s)?(?![\\p{L}\\p{N}])`;
}

/** Lower-case letters and digits of a brand ("Acme Air" → "acmeair"), for matching e-mail domains and handles. */
export function brandSlug(brand: string): string {
  return brandWords(brand).join('').toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
}
