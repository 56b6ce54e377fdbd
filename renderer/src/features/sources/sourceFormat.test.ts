import { describe, expect, it } from 'vitest';
import type { Source } from '../../../../shared/domain/source';
import { draftOf, formatDuration, formatShare, inputOf, splitTerms, toggledInput } from './sourceFormat';

describe('formatDuration', () => {
  it.each([
    [null, '–'],
    [0, '0 s'],
    [44_600, '45 s'],
    [662_500, '11 min'],
    [3 * 3600_000 + 1800_000, '3.5 h'],
    [2.1 * 86_400_000, '2.1 d'],
  ])('%j → %s', (ms, text) => {
    expect(formatDuration(ms)).toBe(text);
  });
});

describe('formatShare', () => {
  it.each([
    [null, '–'],
    [0, '0%'],
    [1 / 3, '33%'],
    [1, '100%'],
  ])('%j → %s', (share, text) => {
    expect(formatShare(share)).toBe(text);
  });
});

describe('drafts', () => {
  const source: Source = {
    id: 3,
    name: 'forum',
    kind: 'forum',
    policy: 'monitor-only',
    urlPattern: null,
    enabled: true,
    rating: 2,
    notes: 'loud',
    filters: { keywords: ['refund', 'delay'], brands: ['Acme'], exclude: [], languages: ['en'] },
    companyHandles: ['acme_care'],
  };

  it('splits terms on commas and new lines, dropping blanks and repeats', () => {
    expect(splitTerms(' refund, delay\nrefund ,, ')).toEqual(['refund', 'delay']);
  });

  it('round-trips a source through its draft', () => {
    expect(inputOf(draftOf(source))).toEqual({ ...source });
  });

  it('reads a new site draft with @handles and no rating', () => {
    const d = { ...draftOf(), name: ' reviews ', companyHandles: '@acme, acme_help', rating: '' };
    expect(inputOf(d)).toMatchObject({ name: 'reviews', companyHandles: ['acme', 'acme_help'], rating: null, urlPattern: null });
    expect('id' in inputOf(d)).toBe(false);
  });

  it('toggles only enabled', () => {
    expect(toggledInput(source)).toEqual({ ...source, enabled: false });
  });
});
