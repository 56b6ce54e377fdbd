import { afterEach, describe, expect, it, vi } from 'vitest';
import { tempFile } from '../../core/testing/fixtures';
import { runCliCaptured } from '../testing';
import type { ReachCliRow } from './reach';

afterEach(() => vi.restoreAllMocks());

const cli = runCliCaptured;

// 1 2 / 3 2 / 4 2 / 2 1 / 4 3 (A follows B). By hand: followers 2:3, 1:1, 3:1, 4:0; audience2 of 2 =
// {1,3,4}, of 1 = {2} ∪ followers of 2 without 1 = {2,3,4}; k-core: triangle 2-3-4 is the 2-core, 1 hangs
// off it; PageRank (d = 0.85, no dangling nodes) solved from p4 = 0.0375, p3 = 0.0375 + 0.85·p4/2,
// p2 = 0.0375 + 0.85(p1 + p3 + p4/2), p1 = 0.0375 + 0.85·p2.
const SNAP = '1 2\n3 2\n4 2\n2 1\n4 3\n';
const p4 = 0.0375;
const p3 = 0.0375 + (0.85 * p4) / 2;
const p1 = (0.0375 + 0.85 * (0.0375 + 0.85 * (p3 + p4 / 2))) / (1 - 0.85 * 0.85);
const p2 = (p1 - 0.0375) / 0.85;
const EXPECTED: Array<[string, number, number, number, number, number]> = [
  ['2', 3, 3, p2, 2, 0],
  ['1', 1, 3, p1, 1, 1],
  ['3', 1, 1, p3, 2, 0],
  ['4', 0, 0, p4, 2, 0],
];

const pick = (rows: ReachCliRow[]) => rows.map((r) => [r.id, r.followers, r.audience2, r.pagerank, r.core, r.hubLinks]);

function expectHandChecked(rows: ReachCliRow[]): void {
  expect(rows.map((r) => r.rank)).toEqual([1, 2, 3, 4]);
  pick(rows).forEach((row, i) => {
    const [id, followers, audience2, pagerank, core, hubLinks] = EXPECTED[i];
    expect(row).toEqual([id, followers, audience2, expect.closeTo(pagerank, 9), core, hubLinks]);
  });
}

describe('reach command', () => {
  it('prints the top N by PageRank as JSON with hand-checked metrics', async () => {
    const r = await cli('reach', '--edges', tempFile('g.txt', SNAP), '--top', '4', '--json');
    expect(r.code).toBe(0);
    const rows = JSON.parse(r.out) as ReachCliRow[];
    expectHandChecked(rows);
    expect(rows[0].terms.map((t) => t.name)).toEqual(['audience2', 'pagerank', 'core', 'hubLinks', 'cascade']);
    expect(rows[0].expectedCascade).toBeGreaterThanOrEqual(0);
    expect((await cli('reach', '--edges', tempFile('g.txt', SNAP), '--top', '2', '--json')).out).toBe(`${JSON.stringify(rows.slice(0, 2))}\n`);
  });

  it('reports malformed lines with their numbers and imports the rest', async () => {
    const file = tempFile('bad.txt', `# comment\n1 2\n3 2 7\n3 2\n4 2\nnot-an-edge\n2 1\n4 3\n4 4\n1 2\n`);
    const r = await cli('reach', '--edges', file, '--top', '4', '--json');
    expect(r.code).toBe(0);
    expectHandChecked(JSON.parse(r.out) as ReachCliRow[]);
    expect(r.err).toContain(`${file}:3: expected 2 fields, got 3`);
    expect(r.err).toContain(`${file}:6: expected 2 fields, got 1`);
    expect(r.err).toContain('2 malformed lines skipped; the rest was read');
  });

  it.each([
    ['every line malformed', 'a b c\nonly\n', /bad\.txt:1: expected 2 fields, got 3[\s\S]*bad\.txt:2: expected 2 fields, got 1[\s\S]*reach failed: no edge could be read from .*bad\.txt \(2 malformed lines\)/],
    ['an empty file', '# nothing but a comment\n', /reach failed: no edge could be read from .*bad\.txt$/m],
  ])('exits 1 when nothing could be read (%s), with or without --db', async (_, text, message) => {
    const file = tempFile('bad.txt', text);
    for (const argv of [['reach', '--edges', file, '--json'], ['reach', '--db', tempFile('r.sqlite', ''), '--edges', file, '--json']]) {
      const r = await cli(...argv);
      expect(r.code).toBe(1);
      expect(r.out).toBe('');
      expect(r.err).toMatch(message);
      expect(r.err).not.toContain('the rest was read');
    }
  });

  it('says in --help that malformed lines are skipped with exit 0 and that exit 1 means nothing was read', async () => {
    const r = await cli('reach', '--help');
    expect(r.out + r.err).toMatch(/still exits 0 when the rest of the file was read/);
    expect(r.out + r.err).toMatch(/exits 1 only when not one edge\s+could be read/);
  });

  it.each([
    ['csv', 'g.csv', 'follower,followee\n1,2\n3,2\n4,2\n2,1\n4,3\n'],
    ['gexf', 'g.gexf', `<?xml version="1.0"?><gexf version="1.3"><graph defaultedgetype="directed"><nodes>${[1, 2, 3, 4].map((i) => `<node id="${i}"/>`).join('')}</nodes><edges>${SNAP.trim().split('\n').map((l, i) => `<edge id="${i}" source="${l.split(' ')[0]}" target="${l.split(' ')[1]}"/>`).join('')}</edges></graph></gexf>`],
  ])('reads --format %s', async (format, name, text) => {
    const r = await cli('reach', '--edges', tempFile(name, text), '--format', format, '--top', '4', '--json');
    expect(r.code).toBe(0);
    expectHandChecked(JSON.parse(r.out) as ReachCliRow[]);
  });

  it('prints a readable table without --json', async () => {
    const r = await cli('reach', '--edges', tempFile('g.txt', SNAP), '--top', '2');
    expect(r.code).toBe(0);
    const lines = r.out.trim().split('\n');
    expect(lines[0].split(/\s+/)).toEqual(['rank', 'id', 'followers', 'audience2', 'pagerank', 'core', 'hubLinks', 'cascade', 'score']);
    expect(lines[1].trim().split(/\s+/).slice(0, 6)).toEqual(['1', '2', '3', '3', p2.toFixed(6), '2']);
  });

  it('imports into a database with --db and prints the same ranking from the stored metrics', async () => {
    const db = tempFile('reach.sqlite', '');
    const r = await cli('reach', '--db', db, '--edges', tempFile('g.txt', `${SNAP}x\n`), '--top', '4', '--json');
    expect(r.code).toBe(0);
    expectHandChecked(JSON.parse(r.out) as ReachCliRow[]);
    expect(r.err).toContain('5 follow edges stored');
    expect(r.err).toContain(':6: expected 2 fields, got 1');
    const stats = await cli('stats', '--db', db, '--json');
    expect(JSON.parse(stats.out)).toMatchObject({ authors: 4, sites: 1 });
  });

  it.each([
    [['reach', '--top', '3'], 2, /--edges FILE/],
    [['reach', '--edges', 'x.txt', '--format', 'xml'], 2, /--format must be one of/],
    [['reach', '--edges', 'x.txt', '--top', 'many'], 2, /--top must be a whole number/],
    [['reach', '--edges', '/nonexistent/edges.txt', '--json'], 1, /reach failed: .*ENOENT/],
  ])('%j exits %i', async (argv, code, message) => {
    const r = await cli(...argv);
    expect(r.code).toBe(code);
    expect(r.err).toMatch(message);
  });
});
