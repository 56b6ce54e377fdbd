import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// Keeps the import table of ARCHITECTURE.md section 1 true: each folder imports only inward.
const root = resolve(__dirname, '..');

interface Rule {
  folder: string;
  /** Repo folders this one may import from. */
  may: string[];
  /** Packages allowed (prefix match); node:* allowed when `node` is true. */
  packages: RegExp;
  node: boolean;
}

const RULES: Rule[] = [
  { folder: 'shared', may: ['shared'], packages: /^$/, node: false },
  // echarts in core: the HTML report's charts are rendered server-side to SVG (electron/core/reports/export/svgChart.ts).
  { folder: 'electron/core', may: ['shared', 'electron/core'], packages: /^(sqlite3|csv-parse|csv-stringify|papaparse|echarts|fast-xml-parser|rss-parser|sax|saxes)(\/|$)/, node: true },
  { folder: 'electron/server', may: ['shared', 'electron/core', 'electron/server'], packages: /^$/, node: true },
  { folder: 'electron/cli', may: ['shared', 'electron/core', 'electron/server', 'electron/cli'], packages: /^$/, node: true },
  { folder: 'electron/main', may: ['shared', 'electron/core', 'electron/main'], packages: /^electron$/, node: true },
  { folder: 'electron/preload', may: ['shared/contract', 'electron/preload'], packages: /^electron$/, node: false },
  { folder: 'renderer/src', may: ['shared', 'renderer/src'], packages: /^(react|react-dom|echarts|d3-force|@tanstack\/react-virtual)(\/|$)/, node: false },
];

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...sourceFiles(p));
    else if (/\.(ts|tsx)$/.test(name) && !/\.test\.tsx?$/.test(name) && !name.endsWith('.d.ts')) out.push(p);
  }
  return out;
}

function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const specs: string[] = [];
  for (const m of text.matchAll(/(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]/g)) specs.push(m[1]);
  for (const m of text.matchAll(/(?:^|\n)\s*import\s+['"]([^'"]+)['"]/g)) specs.push(m[1]);
  for (const m of text.matchAll(/import\(\s*['"]([^'"]+)['"]\s*\)/g)) specs.push(m[1]);
  return specs;
}

function violations(rule: Rule): string[] {
  const bad: string[] = [];
  const dir = join(root, rule.folder);
  let files: string[] = [];
  try {
    files = sourceFiles(dir);
  } catch {
    return bad;
  }
  for (const file of files) {
    for (const spec of importsOf(file)) {
      const where = `${relative(root, file)} imports ${spec}`;
      if (spec.startsWith('.')) {
        const target = relative(root, resolve(dirname(file), spec));
        if (!rule.may.some((m) => target === m || target.startsWith(`${m}/`))) bad.push(where);
      } else if (spec.startsWith('node:')) {
        if (!rule.node) bad.push(where);
      } else if (!rule.packages.test(spec) && !/\.(css|svg|png)(\?.*)?$/.test(spec)) bad.push(where);
    }
  }
  return bad;
}

describe('architecture: imports only inward (ARCHITECTURE.md section 1)', () => {
  it.each(RULES.map((r) => [r.folder, r]))('%s', (_folder, rule) => {
    expect(violations(rule as Rule)).toEqual([]);
  });

  it('the checker itself catches a crossing import', () => {
    const fake: Rule = { folder: 'renderer/src', may: ['shared'], packages: /^$/, node: false };
    expect(violations(fake).length).toBeGreaterThan(0);
  });
});
