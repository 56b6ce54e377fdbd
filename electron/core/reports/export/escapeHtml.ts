const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * The one escape of the HTML export: every text value (handles, topics, site names, titles, file
 * names) goes through it before it is placed in an element or an attribute, so no tag or attribute
 * of untrusted text survives.
 */
export function escapeHtml(text: string | number | null | undefined): string {
  return String(text ?? '').replace(/[&<>"']/g, (c) => ENTITIES[c]);
}
