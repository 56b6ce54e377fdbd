import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findChromium, printPdfWithChromium } from './chromiumPdf';
import { HOSTILE, reportFixture } from './reportFixture';
import { writeReportFiles } from './writeReportFiles';

const chromium = findChromium();
const hasPoppler = (() => {
  try {
    execFileSync('pdftoppm', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();
const missing = !chromium ? 'no Chromium (CHROMIUM_PATH, /usr/bin/chromium or chromium on PATH)' : !hasPoppler ? 'no pdftoppm (apt-get install poppler-utils)' : null;
if (missing) console.log(`report PDF tests skipped: ${missing}`);

// Set LP_KEEP_PDF=1 to keep the folder and look at the pages (report-1.png …).
const dir = mkdtempSync(join(tmpdir(), 'lp-report-pdf-'));
afterAll(() => {
  if (process.env.LP_KEEP_PDF) console.log(`report PDF kept in ${dir}`);
  else rmSync(dir, { recursive: true, force: true });
});

/** Share of pixels of a binary PGM (P5, 8-bit) darker than near-white. */
function inkShare(pgm: Buffer): number {
  const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(pgm.subarray(0, 64).toString('latin1'));
  if (!header) throw new Error('not a binary PGM');
  const pixels = pgm.subarray(header[0].length);
  let ink = 0;
  for (const p of pixels) if (p < 200) ink += 1;
  return ink / pixels.length;
}

describe.skipIf(missing !== null)('report PDF with headless Chromium', () => {
  it('prints the fixture report to a PDF whose first page renders as a non-blank PNG with the text in it', async () => {
    const out = await writeReportFiles(reportFixture(), dir, { printPdf: (html, pdf) => printPdfWithChromium(html, pdf, { chromium: chromium as string }) });
    expect(out.pdfError).toBeNull();
    expect(out.pdf).toBe(join(dir, 'report.pdf'));
    expect(readFileSync(join(dir, 'report.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
    execFileSync('pdftoppm', ['-png', '-r', '50', join(dir, 'report.pdf'), join(dir, 'report')]);
    // pdftoppm numbers pages with as many digits as the page count needs.
    const png = readFileSync(join(dir, existsSync(join(dir, 'report-01.png')) ? 'report-01.png' : 'report-1.png'));
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    execFileSync('pdftoppm', ['-gray', '-singlefile', '-r', '50', join(dir, 'report.pdf'), join(dir, 'page1')]);
    const pgm = readFileSync(join(dir, 'page1.pgm'));
    expect(inkShare(pgm)).toBeGreaterThan(0.01);
    const text = execFileSync('pdftotext', ['-layout', join(dir, 'report.pdf'), '-'], { encoding: 'utf8' });
    expect(text).toContain('Weekly review 2017-W44');
    // The hostile handle is printed as text (it would be an empty broken image if it were a tag).
    expect(text.replace(/\s+/g, ' ')).toContain(HOSTILE);
  }, 120_000);

  it('keeps the HTML and CSVs and explains the PDF in one sentence when Chromium fails', async () => {
    const sub = join(dir, 'broken');
    const fake = join(dir, 'fake-chromium.sh');
    writeFileSync(fake, '#!/bin/sh\necho "cannot open display" >&2\nexit 3\n', { mode: 0o755 });
    const out = await writeReportFiles(reportFixture(), sub, { printPdf: (html, pdf) => printPdfWithChromium(html, pdf, { chromium: fake }) });
    expect(out.pdf).toBeNull();
    expect(out.pdfError).toBe('Chromium failed to print the PDF: cannot open display');
    expect(existsSync(out.html)).toBe(true);
    expect(out.csv).toHaveLength(11);
  });

  it('gives up on a Chromium that hangs', async () => {
    const fake = join(dir, 'slow-chromium.sh');
    writeFileSync(fake, '#!/bin/sh\nsleep 30\n', { mode: 0o755 });
    await expect(printPdfWithChromium(join(dir, 'report.html'), join(dir, 'slow.pdf'), { chromium: fake, timeoutMs: 300 })).rejects.toThrow('Chromium did not finish the PDF within 0 s.');
  });
});

describe('findChromium', () => {
  it('prefers CHROMIUM_PATH and answers null when it is not executable', () => {
    const fake = join(dir, 'my-chrome');
    writeFileSync(fake, '#!/bin/sh\n', { mode: 0o755 });
    expect(findChromium({ CHROMIUM_PATH: fake, PATH: '' })).toBe(fake);
    expect(findChromium({ CHROMIUM_PATH: join(dir, 'nope'), PATH: '' })).toBeNull();
  });
});
