import { describe, expect, it } from 'vitest';
import { arr, bool, num, obj, oneOf, opt, str } from './validate';

const check = obj({ name: str({ min: 1, max: 5 }), n: opt(num({ int: true, min: 0 })), tags: opt(arr(oneOf(['a', 'b']))), on: opt(bool()) });

describe('request validation', () => {
  it.each([
    [{ name: 'x' }, true, undefined],
    [{ name: 'x', n: 2, tags: ['a', 'b'], on: true }, true, undefined],
    [{ name: '' }, false, 'name'],
    [{ name: 'toolong' }, false, 'name'],
    [{ name: 'x', n: 1.5 }, false, 'n'],
    [{ name: 'x', n: -1 }, false, 'n'],
    [{ name: 'x', n: Number.NaN }, false, 'n'],
    [{ name: 'x', tags: ['c'] }, false, 'tags[0]'],
    [{ name: 'x', on: 'yes' }, false, 'on'],
    [{ name: 'x', extra: 1 }, false, 'extra'],
    [null, false, ''],
    [[], false, ''],
  ])('%j → ok=%s field=%s', (input, ok, field) => {
    const r = check(input, '');
    expect(r.ok).toBe(ok);
    if (!r.ok) expect(r.field).toBe(field);
  });

  it('drops undefined optional fields from the output', () => {
    expect(check({ name: 'x' }, '')).toEqual({ ok: true, value: { name: 'x' } });
  });
});
