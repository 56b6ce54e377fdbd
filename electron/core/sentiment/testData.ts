import { genericCsv } from '../testing/fixtures';

/** Posts with a clear label each, as generic CSV rows (id 1..n), for scoring tests. */
export const SCORED_POSTS: [text: string, label: 'negative' | 'neutral' | 'positive'][] = [
  ['My flight was delayed three hours and nobody told us', 'negative'],
  ['Thank you so much, the crew were wonderful!', 'positive'],
  ['What time does the lounge open tomorrow?', 'neutral'],
  ['Lost my bag again, worst airline ever', 'negative'],
  ['Great service today, love it', 'positive'],
];

/** A generic CSV of `SCORED_POSTS`, one minute apart. */
export function scoredPostsCsv(): string {
  return genericCsv(SCORED_POSTS.map(([text], i) => `${i + 1},twitter,user${i},2024-03-01T09:0${i}:00Z,"${text}",,,`));
}

const NEG = ['delayed again', 'lost my bag', 'rude staff at the gate', 'still no refund', 'cancelled without notice', 'stuck on hold for hours'];
const NEU = ['what time is boarding', 'is there wifi on board', 'which terminal for the flight', 'can I change my seat', 'how much is a checked bag', 'do you fly to Denver'];
const POS = ['thanks for the upgrade', 'great crew today', 'love the new seats', 'smooth flight thank you', 'best service ever', 'amazing help from the agent'];

/** A deterministic labelled CSV (`text,label`) with `perLabel` rows of each class. */
export function labelledCsv(perLabel = 20, extraRows: string[] = []): string {
  const rows: string[] = ['text,label'];
  for (let i = 0; i < perLabel; i++) {
    rows.push(`"${NEG[i % NEG.length]} #${i}",negative`, `"${NEU[i % NEU.length]} #${i}",neutral`, `"${POS[i % POS.length]} #${i}",positive`);
  }
  return `${[...rows, ...extraRows].join('\n')}\n`;
}

/** A deterministic generic CSV of `n` short customer-care posts mixing the labelled phrases. */
export function generatedPostsCsv(n: number): string {
  const phrases = [...NEG, ...NEU, ...POS];
  const rows: string[] = [];
  const t0 = Date.UTC(2024, 0, 1);
  for (let i = 1; i <= n; i++) {
    const a = phrases[(i * 7) % phrases.length];
    const b = phrases[(i * 13 + 5) % phrases.length];
    rows.push(`${i},twitter,user${i % 5000},${new Date(t0 + i * 7000).toISOString()},"@acme ${a}, ${b} (${i})",,,`);
  }
  return genericCsv(rows);
}
