/**
 * Where a report came from. The snapshot hash is SHA-256 over the rows the report read, so two
 * databases that answer the report's queries with the same rows (the full database and a frozen
 * week of it) give the same hash, and a change to any row read changes it.
 */
import type { TopicBook } from '../topics/topicBook';
import type { ActiveTopicModel } from '../topics/modelsInForce';
import { createHash, type Hash } from 'node:crypto';
import { DEFAULT_PERSISTENCE_RULE } from '../../../shared/sentiment/persistence';
import { maskPii } from '../../../shared/policy/pii';
import { PERSISTENCE_LOOKBACK_DAYS } from './reportRange';

/**
 * Version of the report's own definitions (what counts as volume, response, breach, stance …).
 * Bump it whenever a definition in electron/core/reports changes, so old and new reports are told apart.
 */
export const REPORT_DEFINITIONS_VERSION = '1';

const FLUSH_CHARS = 1 << 20;

/**
 * The snapshot hash, built as the sections read. Definition: SHA-256 (hex) of the UTF-8 text
 *   `range\t<JSON of the resolved ranges, zone, site filter and trend weeks>\n`
 * followed, for every query result in the order the report reads them, by one line per row:
 *   `<section>\t<JSON array of the row's values, columns in name order>\n`,
 * except the posts, read as pages of JSON written by SQLite (repos/reports readReportPosts): one line
 * per page, `posts\t<the page's JSON array of row arrays>\n`.
 * Every query orders its rows completely (by time then id, or by its grouping keys), so the same
 * data always gives the same text. Rows include post texts, labels, scores and model versions,
 * so a changed score, label or text of a post inside any range read changes the hash; rows outside
 * every range are never read and never change it. generatedAt, dbName and includePii are not part of it.
 */
export class RowHasher {
  private readonly hash: Hash = createHash('sha256');
  private rows = 0;
  /** Lines not hashed yet: one update per ~1 MB instead of one per row (the same digest, far fewer calls). */
  private pending: string[] = [];
  private pendingChars = 0;

  /** Starts the hash with what the report was asked for. */
  constructor(head: unknown) {
    this.hash.update(`range\t${JSON.stringify(head)}\n`);
  }

  /** Adds the rows of one query; returns them so a read can be wrapped in place. */
  add<T extends object>(section: string, rows: T[]): T[] {
    if (rows.length === 0) return rows;
    const keys = Object.keys(rows[0]).sort();
    for (const row of rows) {
      const r = row as Record<string, unknown>;
      const line = `${section}\t${JSON.stringify(keys.map((k) => r[k] ?? null))}\n`;
      this.pending.push(line);
      this.pendingChars += line.length;
      if (this.pendingChars >= FLUSH_CHARS) this.flush();
    }
    this.rows += rows.length;
    return rows;
  }

  /**
   * Adds rows read as one JSON text (a page of posts as SQLite wrote it) as the line
   * `<section>\t<text>\n`: the text already names every value of every row, in order.
   */
  addText(section: string, text: string, rows: number): void {
    this.pending.push(`${section}\t${text}\n`);
    this.pendingChars += text.length;
    this.rows += rows;
    if (this.pendingChars >= FLUSH_CHARS) this.flush();
  }

  private flush(): void {
    this.hash.update(this.pending.join(''));
    this.pending = [];
    this.pendingChars = 0;
  }

  /** Rows hashed so far. */
  get count(): number {
    return this.rows;
  }

  /** The hex digest (call once). */
  digest(): string {
    this.flush();
    return this.hash.digest('hex');
  }
}

/** `sha256:` and the first 12 hex digits of the SHA-256 of a JSON value: a short, stable version. */
export function versionOf(value: unknown): string {
  return `sha256:${createHash('sha256').update(JSON.stringify(value)).digest('hex').slice(0, 12)}`;
}

/**
 * Texts the PII masker is fingerprinted on: its output on them names its behaviour, so a changed
 * masker gets a new version even though it has no version number of its own.
 */
const PII_PROBES = [
  'Call me on 07700 900123 or +44 20 7946 0958, mail ann.lee@example.com',
  'Card 4111 1111 1111 1111, order #123-4567890-1234567, born on 3 March 1980',
  'I live at 221 Baker Street, London NW1 6XE; SSN 123-45-6789; NI QQ 12 34 56 C',
];

/** The learned topic models a book applies, by scope: which stored model and how sure it must be. */
function modelsInForceOf(book: TopicBook): unknown {
  const of = (m: ActiveTopicModel | null) => m && { id: m.id, name: m.name, minConfidence: m.minConfidence, labels: m.model.labels };
  return { defaults: of(book.models.defaults), sites: [...book.models.sites].sort(([a], [b]) => a - b).map(([site, m]) => [site, of(m)]) };
}

/** Versions of the rules a report applies, plus the SLA policies it read (hashed). */
export function ruleVersionsOf(slaPolicies: unknown, topics: TopicBook): Record<string, string> {
  return {
    report: REPORT_DEFINITIONS_VERSION,
    topics: versionOf({ defaults: topics.defaults, sites: [...topics.sites].sort(([a], [b]) => a - b), models: modelsInForceOf(topics) }),
    persistence: versionOf({ rule: DEFAULT_PERSISTENCE_RULE, lookbackDays: PERSISTENCE_LOOKBACK_DAYS }),
    pii: versionOf(PII_PROBES.map((t) => maskPii(t))),
    sla: versionOf(slaPolicies),
  };
}
