import { describe, expect, it } from 'vitest';
import { NO_FILTERS, type SourceFilters } from '../../../shared/domain/source';
import { compileRelevance, compileTerms, inheritRelevance } from './relevance';

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
  const post = (text: string, more: { lang?: string | null; company?: boolean; inThread?: boolean } = {}) => ({
    text,
    lang: more.lang ?? null,
    authorIsCompany: more.company ?? false,
    threadRelevant: more.inThread ?? false,
  });

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
    ['a reply in a relevant conversation needs no keyword', filters({ brands: ['acme'] }), post('still waiting, anyone?', { inThread: true }), true],
    ['…but an exclude term still hides it', filters({ brands: ['acme'], exclude: ['giveaway'] }), post('join my giveaway', { inThread: true }), false],
    ['…and so does a language outside the list', filters({ brands: ['acme'], languages: ['en'] }), post('toujours rien', { inThread: true, lang: 'fr' }), false],
  ])('%s', (_name, f, p, expected) => {
    expect(compileRelevance(f)(p)).toBe(expected);
  });
});

describe('inheritRelevance', () => {
  // Posts 1..n of a batch; a parent/root id above 100 is a stored post.
  const thread = (rows: [number | null, number | null][]) => ({ ids: rows.map((_, i) => i + 1), parentIds: rows.map((r) => r[0]), rootIds: rows.map((r) => r[1]) });

  it.each([
    ['a reply to a relevant root', thread([[null, null], [1, 1]]), [true, false], [false, true], [], [true, true]],
    ['a chain under a relevant root, reply listed before its parent', thread([[2, 3], [3, 3], [null, null]]), [false, false, true], [true, true, false], [], [true, true, true]],
    ['a reply that could not inherit (excluded) stays hidden, and its replies inherit from the root', thread([[null, null], [1, 1], [2, 1]]), [true, false, false], [false, false, true], [], [true, false, true]],
    ['a conversation with an irrelevant root stays hidden', thread([[null, null], [1, 1], [2, 1]]), [false, false, false], [false, true, true], [], [false, false, false]],
    ['a stored relevant parent', thread([[101, 100], [102, 100]]), [false, false], [true, true], [101], [true, false]],
    ['a stored relevant root behind a stored hidden parent', thread([[101, 100]]), [false], [true], [100], [true]],
    ['a post this batch does not store', { ids: [1, null], parentIds: [null, 1], rootIds: [null, 1] }, [true, false], [false, false], [], [true, false]],
  ])('%s', (_what, t, own, inheritable, stored, expected) => {
    expect(inheritRelevance(t, own, inheritable, new Set(stored))).toEqual(expected);
  });

  it('walks a long chain without recursion', () => {
    const n = 200_000;
    const t = { ids: Array.from({ length: n }, (_, i) => i + 1), parentIds: Array.from({ length: n }, (_, i) => (i === 0 ? null : i)), rootIds: Array.from({ length: n }, (_, i) => (i === 0 ? null : 1)) };
    // A hidden root, a relevant company reply (post 2), then a long chain of customer replies under
    // it, listed backwards so every reply is met before its parent: only the parents can tell.
    const rev = { ids: [...t.ids].reverse(), parentIds: [...t.parentIds].reverse(), rootIds: [...t.rootIds].reverse() };
    const own = rev.ids.map((id) => id === 2);
    const out = inheritRelevance(rev, own, rev.ids.map((id) => id > 2), new Set());
    expect(out.filter((x) => !x).length).toBe(1);
    expect(out[rev.ids.indexOf(1)]).toBe(false);
  });
});
