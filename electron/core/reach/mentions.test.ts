import { describe, expect, it } from 'vitest';
import { extractMentions } from './mentions';

describe('extractMentions', () => {
  it.each([
    ['no mentions here', [], null],
    ['@Acme my flight was delayed', ['acme'], null],
    ['hi @a and @B, also @a again', ['a', 'b'], null],
    ['mail me at bob@example.com', [], null],
    ['RT @brand: great news @alice', ['alice'], 'brand'],
    ['RT @brand great news @brand', [], 'brand'],
    ['@@double and @x@y', [], null],
    ['(@paren) @dot.', ['paren', 'dot'], null],
  ])('%j', (text, mentions, repostOf) => {
    expect(extractMentions(text)).toEqual({ mentions, repostOf });
  });
});
