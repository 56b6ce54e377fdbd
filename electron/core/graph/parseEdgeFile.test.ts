import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseEdgeFile, guessEdgeFormat, type EdgeFileFormat } from './parseEdgeFile';
import { writeGexf } from '../../../shared/reach/writeGexf';
import type { EdgeList } from '../../../shared/reach/edgeList';

let dir = '';
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'edges-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function write(name: string, text: string): string {
  const file = path.join(dir, name);
  writeFileSync(file, name.endsWith('.gz') ? gzipSync(text) : text);
  return file;
}

const pairsOf = (e: EdgeList): string[] => Array.from(e.src, (s, i) => `${e.ids[s]}>${e.ids[e.dst[i]]}${e.weight ? `:${e.weight[i]}` : ''}`);

describe('parseEdgeFile, line formats', () => {
  it.each<[string, string, EdgeFileFormat, string, string[], Array<[number, string]>]>([
    ['SNAP', 'g.txt', 'snap', '# comment\n1 2\n\n2\t3\n4\n1 2 3\n3 1\r\n1 2 3 4 5\n', ['1>2', '2>3', '3>1'], [[5, 'expected 2 fields, got 1'], [6, 'expected 2 fields, got 3'], [8, 'expected 2 fields, got more than 3']]],
    ['SNAP weighted', 'w.txt', 'snap-weighted', '1 2 3\n2 3 x\n3 1 -1\n3 4\n4 1 0.5\n', ['1>2:3', '4>1:0.5'], [[2, 'bad weight "x"'], [3, 'bad weight "-1"'], [4, 'expected 3 fields, got 2']]],
    ['CSV with header', 'e.csv', 'csv', 'follower,followee\n"a,1",b\nb,"c ""q"""\n"open,b\nx,y,z\n,y\n', ['a,1>b', 'b>c "q"'], [[4, 'unbalanced quotes'], [5, 'expected 2 fields, got 3'], [6, 'empty id']]],
    ['CSV without header', 'e2.csv', 'csv', 'a,b\nb,c\n', ['a>b', 'b>c'], []],
    ['gzipped SNAP', 'g.txt.gz', 'snap', '1 2\nbad\n2 1\n', ['1>2', '2>1'], [[2, 'expected 2 fields, got 1']]],
    ['SNAP ids: BOM, leading zeros, text, no final newline', 'ids.txt', 'snap', '\uFEFF01 1\n0 00\nalice  bob\n1234567890 é', ['01>1', '0>00', 'alice>bob', '1234567890>é'], []],
  ])('%s', async (_name, fileName, format, text, edges, malformed) => {
    const { edges: list, report } = await parseEdgeFile(write(fileName, text), { format });
    expect(pairsOf(list)).toEqual(edges);
    expect(report.malformed.map((m) => [m.line, m.reason])).toEqual(malformed);
    expect([report.malformedCount, report.edges]).toEqual([malformed.length, edges.length]);
  });

  it('keeps malformed text, caps the list, counts all', async () => {
    const file = write('many.txt', Array.from({ length: 30 }, (_, i) => `bad${i}`).join('\n'));
    const { report } = await parseEdgeFile(file, { maxMalformedKept: 5 });
    expect([report.malformedCount, report.malformed.length, report.malformed[0].text]).toEqual([30, 5, 'bad0']);
  });

  it('reports progress up to the whole file', async () => {
    const file = write('big.txt.gz', Array.from({ length: 50000 }, (_, i) => `${i} ${(i * 7) % 50000}`).join('\n'));
    const seen: Array<[number, number]> = [];
    const { report } = await parseEdgeFile(file, { progressEvery: 10000, onProgress: (p) => seen.push([p.lines, p.bytesRead / p.totalBytes]) });
    expect(report.edges).toBe(50000);
    expect(seen.length).toBeGreaterThan(1);
    expect(seen.map(([lines]) => lines)).toEqual([...seen.map(([lines]) => lines)].sort((a, b) => a - b));
    expect(seen[seen.length - 1]).toEqual([50000, 1]);
  });
});

describe('parseEdgeFile, brand follower JSON', () => {
  it('reads labels as nodes and [src, trg] as trg follows src, reporting bad pairs by line', async () => {
    const text = '{\n "labels": {"1": "m", "2": "f", "9": "f"},\n "edges": [\n  [1, 2],\n  [2, "3"],\n  [1],\n  [1.5, 2],\n  {"a": 1},\n  [[1], 2],\n  [3, 1]\n ]\n}\n';
    const { edges, report } = await parseEdgeFile(write('brand.json.gz', text));
    expect(report.format).toBe('brand-json');
    expect(edges.ids).toEqual(['1', '2', '9', '3']);
    expect(pairsOf(edges)).toEqual(['2>1', '3>2', '1>3']);
    expect(report.malformed.map((m) => [m.line, m.reason])).toEqual([
      [6, 'expected 2 ids, got 1'],
      [7, 'ids must be strings or integers'],
      [8, 'edge is not a [src, trg] pair'],
      [9, 'ids must be strings or integers'],
    ]);
    expect(report.aborted).toBeNull();
  });

  it('keeps what came before broken JSON and says where it stopped', async () => {
    const { edges, report } = await parseEdgeFile(write('broken.json', '{"edges": [[1, 2],\n[3, 4]]]\n'), { format: 'brand-json' });
    expect(pairsOf(edges)).toEqual(['2>1', '4>3']);
    expect(report.aborted).toMatch(/line 2/);
  });
});

describe('parseEdgeFile, GEXF', () => {
  const gexf = `<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://gexf.net/1.3" version="1.3">
  <graph defaultedgetype="directed">
    <nodes>
      <node id="a" label="Ann"/>
      <node id="b" label="b"/>
      <node id="lonely"/>
    </nodes>
    <edges>
      <edge id="0" source="a" target="b" weight="2"/>
      <edge id="1" source="b" target="c" type="undirected"/>
      <edge id="2" source="a"/>
      <edge id="3" source="a" target="c" weight="heavy"/>
    </edges>
  </graph>
</gexf>`;

  it('reads nodes, labels, directed and undirected edges, and reports bad edges by line', async () => {
    const { edges, report } = await parseEdgeFile(write('g.gexf', gexf));
    expect(edges.ids).toEqual(['a', 'b', 'lonely', 'c']);
    expect(pairsOf(edges)).toEqual(['a>b', 'b>c', 'c>b']);
    expect(report.labels).toEqual({ a: 'Ann' });
    expect(report.malformed.map((m) => [m.line, m.reason])).toEqual([[12, 'edge without source or target'], [13, 'bad weight "heavy"']]);
  });

  it('reports XML errors with a line and keeps going', async () => {
    const { edges, report } = await parseEdgeFile(write('bad.gexf', '<gexf><graph><edges>\n<edge source="a" target="b"/>\n<edge source="b" target="c" <oops/>\n<edge source="c" target="a"/>\n</edges></graph></gexf>'));
    expect(pairsOf(edges)).toContain('a>b');
    expect(pairsOf(edges)).toContain('c>a');
    expect(report.malformed[0]).toMatchObject({ line: 3, reason: expect.stringMatching(/^XML: /) });
  });

  it('reads back what writeGexf writes', async () => {
    const xml = writeGexf([{ id: 'x & y', label: 'X' }, { id: 'z' }], [{ source: 'z', target: 'x & y', weight: 3 }]);
    const { edges, report } = await parseEdgeFile(write('round.gexf', xml), { weighted: true });
    expect(pairsOf(edges)).toEqual(['z>x & y:3']);
    expect(report.labels).toEqual({ 'x & y': 'X' });
  });
});

describe('guessEdgeFormat', () => {
  it.each([
    ['a.csv', 'csv'],
    ['a.CSV.gz', 'csv'],
    ['a.json.gz', 'brand-json'],
    ['a.gexf', 'gexf'],
    ['higgs.edgelist.gz', 'snap'],
  ])('%s → %s', (file, format) => expect(guessEdgeFormat(file)).toBe(format));
});
