import type { ColumnMapping, TimeFormat } from '../../../shared/domain/importMapping';
import { decodeEntities } from './entities';
import { mapGenericRecord } from './genericPreset';
import { parseTimestamp, type MappedRow, type Preset } from './preset';
import { parseSpacedOffsetTime, parseTwitterTime } from './timestamps';

const FORMAT_HINT: Record<TimeFormat, string> = {
  auto: 'ISO 8601, epoch ms or a tweet timestamp',
  iso: 'ISO 8601',
  'epoch-ms': 'epoch milliseconds',
  'epoch-s': 'epoch seconds',
  twitter: '"Tue Oct 31 22:10:47 +0000 2017"',
  'spaced-offset': '"2015-02-16 23:36:05 -0800"',
};

/** Parses a timestamp in a mapped column's format; null when it is not in that format. */
export function parseMappedTime(value: string, format: TimeFormat): number | null {
  const v = value.trim();
  switch (format) {
    case 'iso':
      return /^\d+$/.test(v) ? null : parseTimestamp(v);
    case 'epoch-ms':
      return /^\d{1,15}$/.test(v) ? Number(v) : null;
    case 'epoch-s':
      return /^\d{1,12}(\.\d+)?$/.test(v) ? Math.round(Number(v) * 1000) : null;
    case 'twitter':
      return parseTwitterTime(v);
    case 'spaced-offset':
      return parseSpacedOffsetTime(v);
    default:
      return parseTimestamp(v) ?? parseTwitterTime(v) ?? parseSpacedOffsetTime(v);
  }
}

/** The columns a mapping reads; a file must have all of them. */
export function mappedColumns(m: ColumnMapping): string[] {
  const optional = [m.siteColumn, m.inReplyTo, m.url, m.authorFollowers, m.authorIsCompany, m.lang, m.authorLocation];
  return [...new Set([m.id, m.author, m.createdAt, m.text, ...optional].filter((c): c is string => !!c))];
}

/** Turns a saved column mapping into a preset: the mapped columns read as the generic fields. */
export function presetFromMapping(name: string, m: ColumnMapping, description = ''): Preset {
  const col = (rec: Record<string, string>, c: string | null): string => (c ? (rec[c] ?? '') : '');
  return {
    name,
    description: description || `saved column mapping (${mappedColumns(m).join(', ')})`,
    requiredColumns: mappedColumns(m),
    mapRecord(rec): MappedRow {
      const rawTime = col(rec, m.createdAt);
      const at = parseMappedTime(rawTime, m.timeFormat);
      if (at === null) return { ok: false, reason: `bad ${m.createdAt} "${rawTime.trim().slice(0, 40)}" (want ${FORMAT_HINT[m.timeFormat]})` };
      const text = col(rec, m.text);
      return mapGenericRecord({
        id: col(rec, m.id),
        site: m.siteColumn ? col(rec, m.siteColumn) : (m.siteValue ?? ''),
        author: col(rec, m.author),
        created_at: String(at),
        text: m.decodeEntities ? decodeEntities(text) : text,
        in_reply_to: col(rec, m.inReplyTo),
        url: col(rec, m.url),
        author_followers: col(rec, m.authorFollowers),
        author_is_company: col(rec, m.authorIsCompany),
        lang: col(rec, m.lang),
        author_location: col(rec, m.authorLocation ?? null),
      });
    },
  };
}
