import { describe, it, expect } from 'vitest';
import { writeGexf, escapeXml } from './writeGexf';

describe('writeGexf', () => {
  const xml = writeGexf(
    [
      { id: 'a', label: 'Ann & <co>', attributes: { pagerank: 0.5, advocate: true, site: 'x' }, size: 4, color: '#ff8000', x: 1, y: 2 },
      { id: 'b', attributes: { pagerank: null, site: 'y' } },
    ],
    [{ source: 'b', target: 'a', weight: 2 }],
    { description: 'ego network of a' },
  );

  it('declares node attribute columns by type', () => {
    expect(xml).toContain('<attribute id="0" title="pagerank" type="double"/>');
    expect(xml).toContain('<attribute id="1" title="advocate" type="boolean"/>');
    expect(xml).toContain('<attribute id="2" title="site" type="string"/>');
  });

  it('writes nodes with escaped labels, values and viz', () => {
    expect(xml).toContain('<node id="a" label="Ann &amp; &lt;co&gt;"><attvalues><attvalue for="0" value="0.5"/><attvalue for="1" value="true"/><attvalue for="2" value="x"/></attvalues><viz:size value="4"/><viz:color r="255" g="128" b="0"/><viz:position x="1" y="2" z="0"/></node>');
    expect(xml).toContain('<node id="b" label="b"><attvalues><attvalue for="2" value="y"/></attvalues></node>');
  });

  it('writes directed edges source follows target', () => {
    expect(xml).toContain('defaultedgetype="directed"');
    expect(xml).toContain('<edge id="0" source="b" target="a" weight="2"/>');
  });
});

describe('escapeXml', () => {
  it.each([
    ['a"b\'c', 'a&quot;b&apos;c'],
    ['bell\u0007 ok', 'bell ok'],
    ['emoji 😀', 'emoji 😀'],
  ])('%j → %j', (input, expected) => expect(escapeXml(input)).toBe(expected));
});
