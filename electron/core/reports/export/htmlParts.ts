import { escapeHtml } from './escapeHtml';

/** A table cell: text (always escaped) and whether it is a figure (right-aligned). */
export type Cell = string | { text: string; num?: boolean; tone?: 'good' | 'bad' | null };

const cellHtml = (c: Cell, tag: 'td' | 'th'): string => {
  const cell = typeof c === 'string' ? { text: c } : c;
  const cls = [cell.num ? 'num' : '', cell.tone ?? ''].filter(Boolean).join(' ');
  return `<${tag}${cls ? ` class="${cls}"` : ''}>${escapeHtml(cell.text)}</${tag}>`;
};

/** A figure cell, right-aligned. */
export const num = (text: string, tone: 'good' | 'bad' | null = null): Cell => ({ text, num: true, tone });

/** A table with a header row; every cell's text is escaped. An empty table says so in one row. */
export function htmlTable(head: Cell[], rows: Cell[][], empty = 'Nothing in this period.'): string {
  const body = rows.length
    ? rows.map((r) => `<tr>${r.map((c) => cellHtml(c, 'td')).join('')}</tr>`).join('\n')
    : `<tr><td class="empty" colspan="${head.length}">${escapeHtml(empty)}</td></tr>`;
  return `<table>\n<thead><tr>${head.map((c) => cellHtml(c, 'th')).join('')}</tr></thead>\n<tbody>\n${body}\n</tbody>\n</table>`;
}

/** A report section: an escaped title and an id, around already-built HTML parts. */
export function htmlSection(id: string, title: string, parts: string[]): string {
  return `<section id="${escapeHtml(id)}">\n<h2>${escapeHtml(title)}</h2>\n${parts.join('\n')}\n</section>`;
}

/** A row of headline figures (label, value, change). */
export function htmlFigures(figures: { label: string; value: string; change?: string }[]): string {
  const items = figures.map((f) => `<div class="figure"><div class="label">${escapeHtml(f.label)}</div><div class="value">${escapeHtml(f.value)}</div>${f.change === undefined ? '' : `<div class="change">${escapeHtml(f.change)}</div>`}</div>`);
  return `<div class="figures">${items.join('')}</div>`;
}

/** A short escaped paragraph. */
export const htmlNote = (text: string): string => `<p class="note">${escapeHtml(text)}</p>`;

/** An inline SVG chart in a figure with an escaped caption. `svg` comes from {@link renderSvgChart} only. */
export const htmlChart = (svg: string, caption: string): string => `<figure class="chart">${svg}<figcaption>${escapeHtml(caption)}</figcaption></figure>`;
