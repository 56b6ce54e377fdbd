import { describe, expect, it } from 'vitest';
import type { ColumnMapping } from '../../../shared/domain/importMapping';
import { listQuarantine } from '../repos/imports';
import { memoryCore, tempFile } from '../testing/fixtures';
import { genericPreset, jsonlPreset } from './genericPreset';
import { importFile } from './importFile';
import { presetFromMapping } from './mappingPreset';
import { parseLocation } from './preset';
import { readSharedCsv } from './testData';
import { mapAirlineRecord } from './tweetPresets';

const locationOf = (row: ReturnType<typeof genericPreset.mapRecord>): string | null | undefined => (row.ok ? row.post.authorLocation : `refused: ${row.reason}`);

describe('parseLocation', () => {
  it.each([
    ['Leeds, UK', 'Leeds, UK'],
    ['  NYC | NOLA  ', 'NYC | NOLA'],
    ['Los Angeles,\n CA', 'Los Angeles, CA'],
    ['', null],
    ['   ', null],
    [undefined, null],
    ['x'.repeat(200), 'x'.repeat(200)],
    ['x'.repeat(201), undefined],
  ])('%j → %j', (value, expected) => {
    expect(parseLocation(value)).toBe(expected);
  });
});

describe('the airline preset keeps tweet_location as the author location (real rows)', () => {
  const rows = readSharedCsv('airline', 'airline_dev.csv');
  const byId = new Map(rows.map((r) => [r.tweet_id, r]));

  it.each([
    ['567724091809878016', 'TheSapphireLife', 'Boston, MA'],
    ['567592368451248130', 'brenduch', null],
    ['567727403964055552', 'richardkerris', 'Los Gatos, CA'],
    ['567732811772080129', 'leighericam', 'NYC | NOLA'],
    ['567701830805618688', 'scherzva', 'ÜT: 34.188976,-118.613497'],
    ['567588278875213824', 'JetBlueNews', 'USA'],
  ])('tweet %s by %s → %j', (id, author, expected) => {
    const row = mapAirlineRecord(byId.get(id) as Record<string, string>);
    expect(row).toMatchObject({ ok: true, post: { author, authorLocation: expected } });
  });
});

describe('author_location in the generic, JSON Lines and mapped formats', () => {
  const base = { id: '1', site: 'forum', author: 'ann', created_at: '2024-01-01', text: 'hi' };

  it.each([
    ['a location', { author_location: 'Leeds, UK' }, 'Leeds, UK'],
    ['blank', { author_location: '  ' }, null],
    ['no column', {}, null],
    ['too long', { author_location: 'y'.repeat(201) }, `refused: bad author_location "${'y'.repeat(40)}…" (longer than 200 characters)`],
  ])('generic, %s', (_what, extra, expected) => {
    expect(locationOf(genericPreset.mapRecord({ ...base, ...extra }))).toBe(expected);
  });

  it('JSON Lines (what the webhook reads) carries author_location', async () => {
    const core = await memoryCore();
    const line = JSON.stringify({ ...base, created_at: 1_704_067_200_000, author_location: 'Porto' });
    expect(await importFile(core.db, tempFile('p.jsonl', `${line}\n`), { preset: jsonlPreset })).toMatchObject({ imported: 1 });
    expect(await core.db.get('SELECT handle, location FROM authors')).toEqual({ handle: 'ann', location: 'Porto' });
    await core.close();
  });

  const mapping: ColumnMapping = {
    id: 'ID', siteColumn: null, siteValue: 'forum', author: 'Who', createdAt: 'When', timeFormat: 'auto', text: 'What',
    inReplyTo: null, url: null, authorFollowers: null, authorIsCompany: null, lang: null, authorLocation: 'From', decodeEntities: false,
  };

  it('a mapping reads its author location column, and requires it', () => {
    const p = presetFromMapping('mine', mapping);
    expect(p.requiredColumns).toContain('From');
    expect(locationOf(p.mapRecord({ ID: '1', Who: 'ann', When: '2024-01-01', What: 'hi', From: 'Leeds ' }))).toBe('Leeds');
  });

  it('a mapping saved before author locations existed still maps rows', () => {
    const old: ColumnMapping = { ...mapping };
    delete old.authorLocation;
    const p = presetFromMapping('old', old);
    expect(p.requiredColumns).not.toContain('From');
    expect(locationOf(p.mapRecord({ ID: '1', Who: 'ann', When: '2024-01-01', What: 'hi', From: 'Leeds' }))).toBeNull();
  });
});

describe('stored author locations', () => {
  const csv = (rows: string[]): string => ['id,site,author,created_at,text,author_location', ...rows].join('\n') + '\n';
  const locations = async (core: Awaited<ReturnType<typeof memoryCore>>): Promise<Record<string, string | null>> =>
    Object.fromEntries((await core.db.all<{ handle: string; location: string | null }>('SELECT handle, location FROM authors ORDER BY handle')).map((r) => [r.handle, r.location]));

  it('the latest non-empty value wins; an empty value never erases a known one', async () => {
    const core = await memoryCore();
    await importFile(core.db, tempFile('a.csv', csv(['1,tw,ann,2024-01-01,hi,Leeds', '2,tw,bob,2024-01-01,hi,', '3,tw,cy,2024-01-01,hi,Porto', '4,tw,cy,2024-01-02,hi,Lisbon'])), { preset: genericPreset });
    expect(await locations(core)).toEqual({ ann: 'Leeds', bob: null, cy: 'Lisbon' });
    await importFile(core.db, tempFile('b.csv', csv(['5,tw,ann,2024-01-03,again,', '6,tw,bob,2024-01-03,hi,Bristol', '7,tw,cy,2024-01-03,hi,Lisbon', '8,tw,cy,2024-01-04,hi,'])), { preset: genericPreset });
    expect(await locations(core)).toEqual({ ann: 'Leeds', bob: 'Bristol', cy: 'Lisbon' });
    await importFile(core.db, tempFile('c.csv', csv(['9,tw,ann,2024-01-05,moved,"Manchester, UK"'])), { preset: genericPreset });
    expect((await locations(core)).ann).toBe('Manchester, UK');
    await core.close();
  });

  it('a too-long location quarantines the row with the field named', async () => {
    const core = await memoryCore();
    const r = await importFile(core.db, tempFile('l.csv', csv([`1,tw,ann,2024-01-01,hi,${'z'.repeat(300)}`])), { preset: genericPreset });
    expect(r).toMatchObject({ imported: 0, quarantined: 1 });
    expect((await listQuarantine(core.db, {}))[0].reason).toMatch(/^bad author_location "z{40}…" \(longer than 200 characters\)$/);
    await core.close();
  });
});
