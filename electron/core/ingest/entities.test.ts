import { describe, expect, it } from 'vitest';
import { decodeEntities } from './entities';

describe('decodeEntities', () => {
  it.each([
    ['no entities', 'no entities'],
    ['A &amp; B', 'A & B'],
    ['&lt;3 &gt;:(', '<3 >:('],
    ['&amp;lt; stays one level', '&lt; stays one level'],
    ['&quot;hi&quot; &#39;yo&#39;', `"hi" 'yo'`],
    ['&#x1F600; and &#128512;', '\u{1F600} and \u{1F600}'],
    ['&unknown; &#0; &#xD800; & alone', '&unknown; &#0; &#xD800; & alone'],
    ['&lt;img src=x onerror=alert(1)&gt;', '<img src=x onerror=alert(1)>'],
  ])('%j', (input, expected) => {
    expect(decodeEntities(input)).toBe(expected);
  });
});
