// Module hooks used only when the reach worker runs from TypeScript sources (vitest, dev): Node 20
// cannot import .ts, so .ts files are stripped of types with oxc (rolldown's transformSync, which
// comes with vite) and extensionless relative imports resolve to .ts. Built code never loads this.
// https://nodejs.org/docs/latest-v20.x/api/module.html#customization-hooks
import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

let transformSync;

export async function resolve(specifier, context, nextResolve) {
  const fromTs = context.parentURL?.endsWith('.ts');
  if (fromTs && (specifier.startsWith('./') || specifier.startsWith('../')) && !/\.[cm]?[jt]s$/.test(specifier)) {
    const url = new URL(`${specifier}.ts`, context.parentURL);
    if (existsSync(fileURLToPath(url))) return { url: url.href, shortCircuit: true };
  }
  return nextResolve(specifier, context);
}

export async function load(url, context, nextLoad) {
  if (!url.startsWith('file:') || !url.endsWith('.ts')) return nextLoad(url, context);
  transformSync ??= (await import('rolldown/experimental')).transformSync;
  const file = fileURLToPath(url);
  const result = transformSync(file, await readFile(file, 'utf8'), { lang: 'ts' });
  if (result.errors?.length) throw new Error(`${file}: ${result.errors[0].message}`);
  return { format: 'module', source: result.code, shortCircuit: true };
}
