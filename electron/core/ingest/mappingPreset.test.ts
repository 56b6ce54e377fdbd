import { describe, expect, it } from 'vitest';
import type { ColumnMapping, TimeFormat } from '../../../shared/domain/importMapping';
import { mappedColumns, parseMappedTime, presetFromMapping } from './mappingPreset';

describe('parseMappedTime', () => {
  const t = Date.UTC(2017, 9, 31, 22, 10, 47);
  it.each([
    ['2017-10-31T22:10:47Z', 'iso', t],
    ['1509487847000', 'iso', null],
    ['1509487847000', 'epoch-ms', t],
    ['1509487847', 'epoch-s', t],
    ['1509487847.5', 'epoch-s', t + 500],
    ['Tue Oct 31 22:10:47 +0000 2017', 'twitter', t],
    ['2017-10-31 15:10:47 -0700', 'spaced-offset', t],
    ['2017-10-31T22:10:47Z', 'auto', t],
    ['1509487847000', 'auto', t],
    ['Tue Oct 31 22:10:47 +0000 2017', 'auto', t],
    ['2017-10-31 15:10:47 -0700', 'auto', t],
    ['last tuesday', 'auto', null],
    ['2017-10-31T22:10:47Z', 'twitter', null],
  ])('%s as %s', (value, format, expected) => {
    expect(parseMappedTime(value, format as TimeFormat)).toBe(expected);
  });
});

describe('presetFromMapping', () => {
  const m: ColumnMapping = {
    id: 'ID',
    siteColumn: 'Where',
    siteValue: null,
    author: 'Who',
    createdAt: 'When',
    timeFormat: 'auto',
    text: 'What',
    inReplyTo: null,
    url: 'Link',
    authorFollowers: 'Fans',
    authorIsCompany: null,
    lang: null,
    decodeEntities: false,
  };

  it('requires exactly the mapped columns', () => {
    expect(mappedColumns(m)).toEqual(['ID', 'Who', 'When', 'What', 'Where', 'Link', 'Fans']);
  });

  it('maps a row to the generic fields, with the generic checks', () => {
    const p = presetFromMapping('mine', m);
    const rec = { ID: '7', Where: 'forum', Who: 'ann', When: '2024-01-01', What: 'a &amp; b', Link: 'https://x.example/7', Fans: '12' };
    expect(p.mapRecord(rec)).toEqual({
      ok: true,
      post: { site: 'forum', externalId: '7', author: 'ann', createdAt: Date.UTC(2024, 0, 1), text: 'a &amp; b', url: 'https://x.example/7', inReplyTo: null, authorFollowers: 12, authorIsCompany: false, lang: null, authorLocation: null },
    });
    expect(p.mapRecord({ ...rec, Fans: 'lots' })).toEqual({ ok: false, reason: 'bad author_followers "lots"' });
    expect(p.mapRecord({ ...rec, Where: '' })).toEqual({ ok: false, reason: 'missing site' });
  });
});
