import { describe, expect, it } from 'vitest';
import { guessMapping, mappingProblem, progressFigures } from './importFormat';

describe('guessMapping', () => {
  it('maps a tidy header', () => {
    expect(guessMapping(['Ticket ID', 'Channel', 'User', 'Created At', 'Body', 'Parent', 'Link', 'Staff', 'User Location'])).toEqual({
      id: 'Ticket ID',
      siteColumn: 'Channel',
      siteValue: null,
      author: 'User',
      createdAt: 'Created At',
      timeFormat: 'auto',
      text: 'Body',
      inReplyTo: 'Parent',
      url: 'Link',
      authorFollowers: null,
      authorIsCompany: 'Staff',
      lang: null,
      authorLocation: 'User Location',
      decodeEntities: false,
    });
  });

  it.each([
    [['tweet_id', 'name', 'text', 'tweet_created', 'tweet_location'], 'tweet_location'],
    [['id', 'author', 'date', 'text', 'Location'], 'Location'],
    [['id', 'author', 'date', 'text'], null],
  ])('guesses the author location column of %j', (header, expected) => {
    expect(guessMapping(header).authorLocation).toBe(expected);
  });

  it('leaves unknown fields empty for the supervisor', () => {
    expect(guessMapping(['a', 'b'])).toMatchObject({ id: '', author: '', createdAt: '', text: '', siteColumn: null });
  });
});

describe('mappingProblem', () => {
  const base = { ...guessMapping(['id', 'author', 'date', 'text']), siteValue: 'forum' };
  it.each([
    [base, null],
    [{ ...base, text: '' }, 'choose a column for text'],
    [{ ...base, id: '', author: '' }, 'choose a column for id, author'],
    [{ ...base, siteValue: '  ' }, 'choose a site column or type a site name'],
  ])('%#', (m, problem) => {
    expect(mappingProblem(m)).toBe(problem);
  });
});

describe('progressFigures', () => {
  const p = { importId: 1, file: 'f', imported: 0, duplicates: 0, quarantined: 0 };
  it.each([
    [{ ...p, rowsRead: 250_000, bytesRead: 25, bytesTotal: 100, rowsPerSecond: 50_000 }, { share: 0.25, rowsPerSecond: 50_000, etaSeconds: 15 }],
    [{ ...p, rowsRead: 0, bytesRead: 0, bytesTotal: 100, rowsPerSecond: 0 }, { share: 0, rowsPerSecond: 0, etaSeconds: null }],
    [{ ...p, rowsRead: 10, bytesRead: 0, bytesTotal: 0, rowsPerSecond: 5 }, { share: 0, rowsPerSecond: 5, etaSeconds: null }],
  ])('%#', (progress, expected) => {
    expect(progressFigures(progress)).toEqual(expected);
  });
});
