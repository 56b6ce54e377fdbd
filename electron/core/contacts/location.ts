/**
 * Comparing two free-text locations ("12 High St, Leeds, UK" on a customer record, "Leeds" on a
 * social profile). Only specific places count: countries, US state codes and other two-letter
 * parts, and street lines (starting with a number) are too broad or too exact to compare, so
 * "Manchester, UK" and "London, UK" do not match on "UK", and "UK" says nothing either way.
 */

/** Country-level words that many people share: never enough for a match. */
const BROAD = new Set([
  'uk', 'gb', 'united kingdom', 'great britain', 'britain', 'england', 'scotland', 'wales', 'northern ireland', 'ireland', 'eire',
  'usa', 'us', 'united states', 'united states of america', 'america', 'canada', 'australia', 'new zealand', 'india', 'pakistan',
  'germany', 'deutschland', 'france', 'spain', 'espana', 'italy', 'italia', 'portugal', 'netherlands', 'the netherlands', 'belgium',
  'switzerland', 'austria', 'sweden', 'norway', 'denmark', 'finland', 'poland', 'brazil', 'brasil', 'mexico', 'japan', 'china',
  'south africa', 'nigeria', 'kenya', 'philippines', 'singapore', 'europe', 'earth', 'worldwide', 'world', 'global', 'everywhere', 'online', 'internet',
]);

/** Words around a place name that do not change which place it is. */
const FILLER = /\b(?:greater|city of|metropolitan area|metro area|area|county|borough of)\b/g;

/** The specific places a location names, normalised ("Greater London, UK" → ["london"]). */
export function specificPlaces(location: string | null): string[] {
  if (!location) return [];
  const parts = location
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .split(/[,;/|·•()]+|\s+-\s+/)
    .map((p) => p.replace(FILLER, ' ').replace(/[^a-z0-9' ]+/g, ' ').replace(/\s+/g, ' ').trim());
  return [...new Set(parts.filter((p) => p.length >= 3 && !BROAD.has(p) && !/^\d/.test(p)))];
}

/** How two locations compare: `same` (a specific place shared), `different` (both specific, none shared), or `unknown`. */
export function compareLocations(a: string | null, b: string | null): { verdict: 'same' | 'different' | 'unknown'; place: string | null } {
  const pa = specificPlaces(a);
  const pb = new Set(specificPlaces(b));
  if (pa.length === 0 || pb.size === 0) return { verdict: 'unknown', place: null };
  const shared = pa.find((p) => pb.has(p));
  return shared ? { verdict: 'same', place: shared } : { verdict: 'different', place: null };
}
