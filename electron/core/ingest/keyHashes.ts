/** A 32-bit FNV-1a hash of a string (never 0, which marks an empty slot in KeyHashes). */
export function hashKey(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h === 0 ? 1 : h | 0;
}

/**
 * A set of 32-bit key hashes (open addressing in a typed array: 4 bytes a key, where a Set of the
 * key strings took ~80). `has` can say yes for a key never added (two keys with one hash), never
 * no for one that was: callers treat yes as "maybe" and look it up for sure.
 */
export class KeyHashes {
  private slots = new Int32Array(1024);
  private count = 0;

  /** Adds a hash (from hashKey). */
  add(hash: number): void {
    if ((this.count + 1) * 2 > this.slots.length) this.grow();
    if (this.insert(this.slots, hash)) this.count++;
  }

  /** Whether the hash may have been added. */
  has(hash: number): boolean {
    const mask = this.slots.length - 1;
    for (let i = hash & mask; ; i = (i + 1) & mask) {
      const v = this.slots[i];
      if (v === 0) return false;
      if (v === hash) return true;
    }
  }

  /** Hashes added (distinct). */
  get size(): number {
    return this.count;
  }

  private insert(slots: Int32Array, hash: number): boolean {
    const mask = slots.length - 1;
    for (let i = hash & mask; ; i = (i + 1) & mask) {
      if (slots[i] === hash) return false;
      if (slots[i] === 0) {
        slots[i] = hash;
        return true;
      }
    }
  }

  private grow(): void {
    const next = new Int32Array(this.slots.length * 2);
    for (const v of this.slots) if (v !== 0) this.insert(next, v);
    this.slots = next;
  }
}
