/**
 * A very small runtime validator for JSON requests. shared/ may not import packages, so the
 * contract carries its own: each validator returns the typed value or a message naming the field.
 */
export type Check<T> = (value: unknown, path: string) => { ok: true; value: T } | { ok: false; field: string; message: string };

type Out<T> = ReturnType<Check<T>>;

const good = <T>(value: T): Out<T> => ({ ok: true, value });
const bad = <T>(field: string, message: string): Out<T> => ({ ok: false, field, message });
const name = (path: string): string => path || 'request';

/** A string, optionally bounded in length. */
export function str(opts: { min?: number; max?: number; pattern?: RegExp; like?: string } = {}): Check<string> {
  const { min = 0, max = 10_000 } = opts;
  return (v, p) => {
    if (typeof v !== 'string') return bad(p, `${name(p)} must be a string`);
    if (v.length < min) return bad(p, `${name(p)} must have at least ${min} characters`);
    if (v.length > max) return bad(p, `${name(p)} must have at most ${max} characters`);
    if (opts.pattern && !opts.pattern.test(v)) return bad(p, `${name(p)} must look like ${opts.like ?? opts.pattern.source}`);
    return good(v);
  };
}

/** A finite number, optionally an integer within bounds. */
export function num(opts: { min?: number; max?: number; int?: boolean } = {}): Check<number> {
  return (v, p) => {
    if (typeof v !== 'number' || !Number.isFinite(v)) return bad(p, `${name(p)} must be a finite number`);
    if (opts.int && !Number.isInteger(v)) return bad(p, `${name(p)} must be a whole number`);
    if (opts.min !== undefined && v < opts.min) return bad(p, `${name(p)} must be >= ${opts.min}`);
    if (opts.max !== undefined && v > opts.max) return bad(p, `${name(p)} must be <= ${opts.max}`);
    return good(v);
  };
}

/** A boolean. */
export function bool(): Check<boolean> {
  return (v, p) => (typeof v === 'boolean' ? good(v) : bad(p, `${name(p)} must be true or false`));
}

/** One of a fixed set of strings. */
export function oneOf<T extends string>(values: readonly T[]): Check<T> {
  return (v, p) =>
    typeof v === 'string' && (values as readonly string[]).includes(v)
      ? good(v as T)
      : bad(p, `${name(p)} must be one of ${values.join(', ')}`);
}

/** An array whose items all pass `item`. */
export function arr<T>(item: Check<T>, opts: { max?: number } = {}): Check<T[]> {
  return (v, p) => {
    if (!Array.isArray(v)) return bad(p, `${name(p)} must be an array`);
    if (opts.max !== undefined && v.length > opts.max) return bad(p, `${name(p)} must have at most ${opts.max} items`);
    const out: T[] = [];
    for (let i = 0; i < v.length; i++) {
      const r = item(v[i], `${p}[${i}]`);
      if (!r.ok) return r;
      out.push(r.value);
    }
    return good(out);
  };
}

/** Marks a field optional: undefined passes through. */
export function opt<T>(check: Check<T>): Check<T | undefined> {
  return (v, p) => (v === undefined ? good(undefined) : check(v, p));
}

/** A value that may also be null. */
export function nullable<T>(check: Check<T>): Check<T | null> {
  return (v, p) => (v === null ? good(null) : check(v, p));
}

type Shape = Record<string, Check<unknown>>;
type FromShape<S extends Shape> = { [K in keyof S]: S[K] extends Check<infer T> ? T : never };

/** A plain object with exactly these fields; unknown fields are refused so typos surface. */
export function obj<S extends Shape>(shape: S): Check<FromShape<S>> {
  return (v, p) => {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) return bad(p, `${name(p)} must be an object`);
    const rec = v as Record<string, unknown>;
    for (const key of Object.keys(rec)) {
      if (!(key in shape)) return bad(p ? `${p}.${key}` : key, `unknown field ${p ? `${p}.${key}` : key}`);
    }
    const out: Record<string, unknown> = {};
    for (const [key, check] of Object.entries(shape)) {
      const r = check(rec[key], p ? `${p}.${key}` : key);
      if (!r.ok) return r;
      if (r.value !== undefined) out[key] = r.value;
    }
    return good(out as FromShape<S>);
  };
}

/** Any JSON value (used sparingly, for opaque settings blobs). */
export function json(): Check<unknown> {
  return (v) => good(v);
}
