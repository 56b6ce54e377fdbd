import { describe, it, expect } from 'vitest';
import { countSentences, findUrls, measureReplyLength, overflowIndex } from './replyLength';
import { parseSiteKindArg, replyLimitFor, REPLY_LIMITS } from './siteRules';

describe('measureReplyLength', () => {
  it.each([
    ['hello', true, 5],
    ['hello', false, 5],
    ['see https://example.com/a/very/long/path/that/goes/on?x=1 now', true, 4 + 23 + 4],
    ['see https://example.com/x now', false, 'see https://example.com/x now'.length],
    ['visit acme.com/help.', true, 6 + 23 + 1],
    ['i.e. e.g. etc.', true, 14],
    ['汉字', true, 4],
    ['汉字', false, 2],
    ['👍🏽', true, 2],
    ['👨‍👩‍👧', true, 2],
    ['👨‍👩‍👧', false, 1],
    ['cafe\u0301', true, 4],
    ['cafe\u0301', false, 4],
    ['🇬🇧🇫🇷', true, 4],
    ['🇬🇧🇫🇷', false, 2],
    ['1️⃣', true, 2],
    ['1️⃣', false, 1],
    ['a\r\nb', false, 3],
    ['€5 — “ok”', true, 10], // € (U+20AC) is outside twitter-text's light ranges; dashes and quotes are inside
  ])('%j (weighted %s) counts %i', (text, weighted, expected) => {
    expect(measureReplyLength(text, weighted)).toBe(expected);
  });

  it('finds URLs without trailing punctuation', () => {
    expect(findUrls('Go to https://acme.com/help). Or www.acme.co.uk!').map((u) => u.url)).toEqual(['https://acme.com/help', 'www.acme.co.uk']);
  });

  it('locates the first character past the limit', () => {
    expect(overflowIndex('abcdef', 4, false)).toBe(4);
    expect(overflowIndex('abc', 4, false)).toBe(3);
    expect(overflowIndex('汉汉汉', 4, true)).toBe(2);
    expect(overflowIndex('ab https://example.com/long cd', 4, true)).toBe(3);
  });
});

describe('countSentences', () => {
  it.each([
    ['', 0],
    ['Sorry!', 1],
    ["I'm Sam from Acme. Sorry. We've fixed it. Try again.", 4],
    ['Sorry about that… Can you DM us? Thanks!', 3],
    ['See https://acme.com/help. It costs 2.50 e.g. for Mr. Smith', 2],
    ['Line one\nLine two', 2],
    ['Wait!!! Really???', 2],
  ])('%j has %i', (text, n) => {
    expect(countSentences(text)).toBe(n);
  });
});

describe('site rules', () => {
  it.each([
    ['microblog', { siteKind: 'microblog', policy: null }],
    [' Own_Page ', { siteKind: 'own-page', policy: null }],
    ['never-respond', { siteKind: null, policy: 'never-respond' }],
    ['MONITOR ONLY', { siteKind: null, policy: 'monitor-only' }],
    ['respond', { siteKind: null, policy: 'respond' }],
    ['blog', null],
    ['', null],
  ])('parseSiteKindArg(%j)', (arg, expected) => {
    expect(parseSiteKindArg(arg)).toEqual(expected);
  });

  it('microblog is the only weighted kind, capped at 280', () => {
    expect(REPLY_LIMITS.microblog).toEqual({ maxLength: 280, weighted: true, maxSentences: 3 });
    expect(Object.entries(REPLY_LIMITS).filter(([, l]) => l.weighted).map(([k]) => k)).toEqual(['microblog']);
    expect(Math.min(...Object.values(REPLY_LIMITS).filter((l) => !l.weighted).map((l) => l.maxLength))).toBe(replyLimitFor(null).maxLength);
  });
});
