/**
 * Reply templates and knowledge-base snippets with `{{placeholder}}` slots. Output is plain text:
 * values are inserted as they are (never interpreted as HTML or as further placeholders), and
 * the composer renders the result as text.
 *
 * Syntax: `{{name}}`, spaces allowed inside the braces (`{{ first_name }}`), an optional fallback
 * after a bar (`{{first_name|there}}` gives "there" when no name is known). Names are letters,
 * digits, `_`, `-` and `.` (e.g. `customer.firstName`). Anything else in braces is left alone.
 */

/** The result of filling a template: the text and the placeholders that had no value (and no fallback). */
export interface FilledTemplate {
  text: string;
  /** Names left unfilled, each once, in order of first appearance; they stay as `{{name}}` in `text`. */
  missing: string[];
}

/** Values for placeholders; null, undefined and blank strings count as missing. */
export type TemplateValues = Readonly<Record<string, string | number | boolean | null | undefined>>;

const PLACEHOLDER_RE = /\{\{\s*([A-Za-z_][\w.-]*)\s*(?:\|([^{}]*))?\}\}/gu;

function valueOf(values: TemplateValues, name: string): string | null {
  if (!Object.prototype.hasOwnProperty.call(values, name)) return null;
  const value = values[name];
  if (value === null || value === undefined) return null;
  const text = String(value);
  return text.trim().length === 0 ? null : text;
}

/** Fills `{{placeholder}}` slots from `values`; unfilled slots without a fallback are kept and reported. */
export function fillTemplate(template: string, values: TemplateValues): FilledTemplate {
  const missing: string[] = [];
  const text = template.replace(PLACEHOLDER_RE, (_whole: string, name: string, fallback: string | undefined) => {
    const value = valueOf(values, name);
    if (value !== null) return value;
    if (fallback !== undefined) return fallback.trim();
    if (!missing.includes(name)) missing.push(name);
    return `{{${name}}}`;
  });
  return { text, missing };
}

/** The placeholder names in a template, each once, in order of first appearance. */
export function listPlaceholders(template: string): string[] {
  const names: string[] = [];
  for (const match of template.matchAll(PLACEHOLDER_RE)) {
    if (!names.includes(match[1])) names.push(match[1]);
  }
  return names;
}
