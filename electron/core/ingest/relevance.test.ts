import { describe, expect, it } from 'vitest';
import { NO_FILTERS, type SourceFilters } from '../../../shared/domain/source';
import { compileRelevance, compileTerms } from './relevance';

describe('compileTerms', () => {
  it('is null for no terms', () => {
    expect(compileTerms([' ', ''])).toBeNull();
  });

  it.each([
    [['delay'], 'Flight DELAYED again', true],
    [['delay'], 'the relay broke', false],
    [['delay'], '#delay #fail', true],
    [['@delta'], 'thanks @Delta!', true],
    [['@delta'], 'mail me at x@delta.com', false],
    [['refund', 'lost bag'], 'where is my LOST BAG', true],
    [['a.b'], 'axb', false],
    [['a.b'], 'see a.b now', true],
    [['アマゾン'], 'こんにちは、アマゾン公式です', true],
    [['アマゾン'], 'こんにちは', false],
    [['café'], 'Le CAFÉ est froid', true],
  ])('%j in %j → %s', (terms, text, expected) => {
    expect(compileTerms(terms)?.(text)).toBe(expected);
  });
});

describe('compileRelevance', () => {
  const filters = (f: Partial<SourceFilters>): SourceFilters => ({ ...NO_FILTERS, ...f });
  const post = (text: string, more: { lang?: string | null; company?: boolean } = {}) => ({ text, lang: more.lang ?? null, authorIsCompany: more.company ?? false });

  it.each([
    ['no filters keep everything', filters({}), post('anything at all'), true],
    ['a keyword keeps a match', filters({ keywords: ['refund'] }), post('Refund please'), true],
    ['a keyword hides a miss', filters({ keywords: ['refund'] }), post('nice weather'), false],
    ['a brand name counts like a keyword', filters({ keywords: ['refund'], brands: ['Acme'] }), post('@AcmeHelp hi'), true],
    ['an exclude term wins', filters({ brands: ['acme'], exclude: ['giveaway'] }), post('acme GIVEAWAY!!'), false],
    ['exclude alone hides only matches', filters({ exclude: ['crypto'] }), post('my order is late'), true],
    ['company posts are always relevant', filters({ keywords: ['refund'], exclude: ['sorry'] }), post('sorry for that', { company: true }), true],
    ['a stated language outside the list', filters({ languages: ['en'] }), post('hello there', { lang: 'fr' }), false],
    ['a stated regional code matches its language', filters({ languages: ['pt'] }), post('olá', { lang: 'pt-BR' }), true],
    ['a detected language in the list', filters({ languages: ['ja'] }), post('こんにちは、アマゾン公式です'), true],
    ['a detected language outside the list', filters({ languages: ['en'] }), post('こんにちは、アマゾン公式です'), false],
    ['a post without words passes the language filter', filters({ languages: ['en'] }), post('😡😡'), true],
  ])('%s', (_name, f, p, expected) => {
    expect(compileRelevance(f)(p)).toBe(expected);
  });
});
