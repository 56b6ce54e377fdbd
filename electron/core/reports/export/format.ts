import type { Change } from '../../../../shared/domain/report';
import { zonedParts } from '../../../../shared/time/zoned';

/** Figures as the HTML export shows them; '–' stands for "no value". Never locale-dependent, so exports compare. */
export const DASH = '–';

/** A whole number with thousands separators (1,234). */
export function formatCount(n: number | null): string {
  if (n === null) return DASH;
  const r = Math.round(n);
  return `${r < 0 ? '−' : ''}${String(Math.abs(r)).replace(/\B(?=(\d{3})+(?!\d))/g, ',')}`;
}

/** A share 0..1 as a percentage with one decimal (82.5%). */
export function formatShare(x: number | null): string {
  return x === null ? DASH : `${(x * 100).toFixed(1)}%`;
}

/** Net sentiment (−100..100) with a sign and one decimal (+12.5, −3.0). */
export function formatNet(x: number | null): string {
  if (x === null) return DASH;
  const r = Number(x.toFixed(1));
  return `${r > 0 ? '+' : r < 0 ? '−' : ''}${Math.abs(r).toFixed(1)}`;
}

/** Minutes as "42 min" or "5.0 h" above two hours. */
export function formatMinutes(min: number | null): string {
  if (min === null) return DASH;
  return min < 120 ? `${Math.round(min)} min` : `${(min / 60).toFixed(1)} h`;
}

/** A change against the previous period: "+79 (+8.3%)", "−10 (−4.8%)", "+90 (new)". */
export function formatChange(c: Change, digits = 0): string {
  const d = Number(c.delta.toFixed(digits));
  const delta = `${d > 0 ? '+' : d < 0 ? '−' : '±'}${Math.abs(d).toFixed(digits)}`;
  if (c.changePct === null) return c.current === 0 ? delta : `${delta} (new)`;
  const p = Number(c.changePct.toFixed(1));
  return `${delta} (${p > 0 ? '+' : p < 0 ? '−' : '±'}${Math.abs(p).toFixed(1)}%)`;
}

/** Epoch ms as "2017-11-02 14:05" on the clocks of `timeZone`. */
export function formatLocalTime(ms: number | null, timeZone: string): string {
  if (ms === null) return DASH;
  const p = zonedParts(ms, timeZone);
  const two = (n: number): string => String(n).padStart(2, '0');
  return `${p.y}-${two(p.m)}-${two(p.d)} ${two(p.h)}:${two(p.mi)}`;
}
