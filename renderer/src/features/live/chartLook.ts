/** Colours and type size a chart is drawn with: the workstation's or the wall's (read from 5 m). */
export interface ChartLook {
  text: string;
  muted: string;
  grid: string;
  /** Base font size in px. */
  font: number;
  /** Line width of the main series in px. */
  line: number;
}

/** The workstation's charts. */
export const DESK_LOOK: ChartLook = { text: '#e6edf3', muted: '#8b98a5', grid: '#2a3541', font: 12, line: 2 };

/** The wall's charts: large type, thick lines, white on black. */
export const WALL_LOOK: ChartLook = { text: '#ffffff', muted: '#c3ccd6', grid: '#3b4654', font: 30, line: 6 };

/** Colours of sites in series order (the busiest site first). */
export const SITE_COLOURS = ['#4cc2ff', '#ffb84d', '#b197fc', '#63e6be', '#f783ac', '#ffd43b', '#74c0fc', '#e599f7', '#a9e34b'];

/** Colours of the sentiment labels (same as the CSS variables --neg, --neu, --pos). */
export const LABEL_COLOURS = { negative: '#ff6b6b', neutral: '#a0aec0', positive: '#51cf66', unscored: '#5c6773' } as const;

/** "14:05" or "Mon 14:00" labels for time axes, by bucket size. */
export function timeLabel(ms: number, bucketMs: number): string {
  const d = new Date(ms);
  const hm = `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
  if (bucketMs < 3_600_000) return hm;
  return `${d.toLocaleDateString('en-GB', { weekday: 'short' })} ${hm}`;
}
