import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Random } from '../../../shared/reach/random';

/** The demo generator's vocabulary: lists of words and phrases, and sentence templates. */
export interface WordLists {
  brand: string;
  lists: Record<string, string[]>;
  templates: Record<string, string[]>;
}

const WORDS_FILE = join('resources', 'demo', 'words.json');

/**
 * Finds the project's `resources/demo` folder by walking up from this module, so the same code
 * works from the sources (tests), the built CLI (out/cli) and the Electron build (out/main).
 */
export function findDemoResources(from: string = fileURLToPath(import.meta.url)): string {
  let dir = dirname(from);
  for (;;) {
    if (existsSync(join(dir, WORDS_FILE))) return join(dir, 'resources', 'demo');
    const up = dirname(dir);
    if (up === dir) throw new Error(`cannot find ${WORDS_FILE} above ${from}`);
    dir = up;
  }
}

const isStrings = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string') && v.length > 0;

/** Reads and checks `words.json`: every list a non-empty array of strings. */
export function loadWordLists(dir: string = findDemoResources()): WordLists {
  const raw = JSON.parse(readFileSync(join(dir, 'words.json'), 'utf8')) as Record<string, unknown>;
  const lists: Record<string, string[]> = {};
  for (const [key, value] of Object.entries(raw)) {
    if (key === 'brand' || key === 'templates') continue;
    if (!isStrings(value)) throw new Error(`words.json: ${key} must be a non-empty list of strings`);
    lists[key] = value;
  }
  const templates: Record<string, string[]> = {};
  for (const [key, value] of Object.entries((raw.templates ?? {}) as Record<string, unknown>)) {
    if (!isStrings(value)) throw new Error(`words.json: templates.${key} must be a non-empty list of strings`);
    templates[key] = value;
  }
  if (typeof raw.brand !== 'string') throw new Error('words.json: brand must be a string');
  return { brand: raw.brand, lists, templates };
}

/** The `{slot}` names a template uses. */
export function templateSlots(template: string): string[] {
  return [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
}

/** One item of a list, chosen by the seeded generator. */
export function pickOne<T>(items: readonly T[], rnd: Random): T {
  return items[Math.floor(rnd() * items.length)];
}

/**
 * Fills a template's slots: from `vars` first, else a random entry of the list of that name
 * (entries may themselves hold slots, filled in turn). An unknown slot is a bug in words.json.
 */
export function fillTemplate(template: string, words: WordLists, rnd: Random, vars: Record<string, string> = {}, depth = 0): string {
  return template.replace(/\{(\w+)\}/g, (_m, slot: string) => {
    if (slot in vars) return vars[slot];
    const list = words.lists[slot];
    if (!list) throw new Error(`demo template slot {${slot}} has no list in words.json`);
    const value = pickOne(list, rnd);
    return depth < 3 ? fillTemplate(value, words, rnd, vars, depth + 1) : value;
  });
}

/** A random line of a template group, filled. */
export function say(words: WordLists, group: string, rnd: Random, vars: Record<string, string> = {}): string {
  const templates = words.templates[group];
  if (!templates) throw new Error(`words.json has no templates.${group}`);
  return fillTemplate(pickOne(templates, rnd), words, rnd, { brand: words.brand, ...vars });
}
