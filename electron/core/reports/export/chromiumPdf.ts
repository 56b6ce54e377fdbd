import { execFile } from 'node:child_process';
import { accessSync, constants, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { pathToFileURL } from 'node:url';

const NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];

const executable = (file: string): boolean => {
  try {
    accessSync(file, constants.X_OK);
    return statSync(file).isFile();
  } catch {
    return false;
  }
};

/**
 * The headless Chromium the CLI prints PDFs with: CHROMIUM_PATH when set (and executable), else
 * /usr/bin/chromium, else the first of chromium / google-chrome on PATH; null when there is none.
 */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string | null {
  if (env.CHROMIUM_PATH) return executable(env.CHROMIUM_PATH) ? env.CHROMIUM_PATH : null;
  if (executable('/usr/bin/chromium')) return '/usr/bin/chromium';
  for (const dir of (env.PATH ?? '').split(delimiter).filter(Boolean)) {
    for (const name of NAMES) if (executable(join(dir, name))) return join(dir, name);
  }
  return null;
}

/** Options of {@link printPdfWithChromium}. */
export interface ChromiumPdfOptions {
  chromium: string;
  /** Kill Chromium and fail after this long (default 60 s). */
  timeoutMs?: number;
}

/**
 * Prints an HTML file to PDF with headless Chromium (`--print-to-pdf`), in a throw-away profile so
 * two runs never share a lock, without the browser's date/URL header and footer. Rejects with a
 * one-sentence reason when Chromium fails, times out or writes nothing.
 */
export function printPdfWithChromium(htmlPath: string, pdfPath: string, opts: ChromiumPdfOptions): Promise<void> {
  const profile = mkdtempSync(join(tmpdir(), 'lp-chromium-'));
  const args = [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--no-first-run',
    '--disable-extensions',
    '--no-pdf-header-footer',
    `--user-data-dir=${profile}`,
    `--print-to-pdf=${pdfPath}`,
    pathToFileURL(htmlPath).href,
  ];
  const timeout = opts.timeoutMs ?? 60_000;
  return new Promise<void>((resolve, reject) => {
    execFile(opts.chromium, args, { timeout, killSignal: 'SIGKILL', maxBuffer: 4 * 1024 * 1024 }, (err, _stdout, stderr) => {
      rmSync(profile, { recursive: true, force: true });
      const written = (() => {
        try {
          return statSync(pdfPath).size > 0;
        } catch {
          return false;
        }
      })();
      if (err && (err as { killed?: boolean }).killed) reject(new Error(`Chromium did not finish the PDF within ${Math.round(timeout / 1000)} s.`));
      else if (err) reject(new Error(`Chromium failed to print the PDF: ${lastLine(String(stderr)) || err.message}`));
      else if (!written) reject(new Error(`Chromium exited without writing ${pdfPath}.`));
      else resolve();
    });
  });
}

const lastLine = (text: string): string => text.trim().split('\n').filter((l) => !/dbus|Fontconfig/i.test(l)).at(-1)?.trim() ?? '';
