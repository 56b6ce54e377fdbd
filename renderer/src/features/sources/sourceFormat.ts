import type { Source, SourceFilters, SourceInput } from '../../../../shared/domain/source';

/** "45 s", "12 min", "3.5 h", "2.1 d" for a duration in ms; an en dash for none. */
export function formatDuration(ms: number | null): string {
  if (ms === null) return '–';
  const s = ms / 1000;
  if (s < 60) return `${Math.round(s)} s`;
  if (s < 3600) return `${Math.round(s / 60)} min`;
  if (s < 86_400) return `${(s / 3600).toFixed(1)} h`;
  return `${(s / 86_400).toFixed(1)} d`;
}

/** "42%" for a 0..1 share; an en dash for none. */
export function formatShare(share: number | null): string {
  return share === null ? '–' : `${Math.round(share * 100)}%`;
}

/** Splits what a supervisor typed (commas or new lines) into clean, distinct terms. */
export function splitTerms(text: string): string[] {
  return [...new Set(text.split(/[,\n]/).map((t) => t.trim()).filter((t) => t !== ''))];
}

/** The editable form of a source: list fields as comma-separated text. */
export interface SourceDraft {
  id?: number;
  name: string;
  kind: Source['kind'];
  policy: Source['policy'];
  urlPattern: string;
  enabled: boolean;
  rating: string;
  notes: string;
  keywords: string;
  brands: string;
  exclude: string;
  languages: string;
  companyHandles: string;
}

/** A draft for a new site, or for editing an existing one. */
export function draftOf(s?: Source): SourceDraft {
  const f: SourceFilters = s?.filters ?? { keywords: [], brands: [], exclude: [], languages: [] };
  return {
    id: s?.id,
    name: s?.name ?? '',
    kind: s?.kind ?? 'forum',
    policy: s?.policy ?? 'respond',
    urlPattern: s?.urlPattern ?? '',
    enabled: s?.enabled ?? true,
    rating: s?.rating === null || s?.rating === undefined ? '' : String(s.rating),
    notes: s?.notes ?? '',
    keywords: f.keywords.join(', '),
    brands: f.brands.join(', '),
    exclude: f.exclude.join(', '),
    languages: f.languages.join(', '),
    companyHandles: (s?.companyHandles ?? []).join(', '),
  };
}

/** The request `sources.save` takes for a draft. */
export function inputOf(d: SourceDraft): SourceInput {
  return {
    ...(d.id === undefined ? {} : { id: d.id }),
    name: d.name.trim(),
    kind: d.kind,
    policy: d.policy,
    urlPattern: d.urlPattern.trim() || null,
    enabled: d.enabled,
    rating: d.rating === '' ? null : Number(d.rating),
    notes: d.notes,
    filters: { keywords: splitTerms(d.keywords), brands: splitTerms(d.brands), exclude: splitTerms(d.exclude), languages: splitTerms(d.languages) },
    companyHandles: splitTerms(d.companyHandles).map((h) => h.replace(/^@/, '')),
  };
}

/** The same source with only `enabled` changed, as a save request. */
export function toggledInput(s: Source): SourceInput {
  return { ...inputOf(draftOf(s)), enabled: !s.enabled };
}
