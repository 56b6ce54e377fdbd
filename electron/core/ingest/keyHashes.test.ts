import { describe, expect, it } from 'vitest';
import { hashKey, KeyHashes } from './keyHashes';

describe('KeyHashes', () => {
  it('holds every key added through many growths and says no for most others', () => {
    const set = new KeyHashes();
    const keys = Array.from({ length: 50_000 }, (_, i) => `forum\u0000${i}`);
    for (const k of keys) set.add(hashKey(k));
    for (const k of keys.slice(0, 1000)) set.add(hashKey(k)); // repeats are not counted twice
    expect(keys.every((k) => set.has(hashKey(k)))).toBe(true);
    expect(set.size).toBeGreaterThan(49_990); // a 32-bit hash may join two keys, rarely
    const others = Array.from({ length: 50_000 }, (_, i) => `reviews\u0000${i}`).filter((k) => set.has(hashKey(k)));
    expect(others.length).toBeLessThan(10);
  });

  it.each([['', 0x811c9dc5 | 0], ['a', 0xe40c292c | 0]])('hashes %j like FNV-1a (as a signed 32-bit integer)', (s, h) => {
    expect(hashKey(s)).toBe(h);
    const set = new KeyHashes();
    set.add(hashKey(s));
    expect(set.has(hashKey(s))).toBe(true);
  });
});
