import { stringify } from 'csv-stringify/sync';

/** How a number column is written: whole numbers, or a fixed number of decimals. */
export type CsvNumberFormat = 'int' | 'dec1' | 'dec2' | 'dec4';

/** One column of a CSV table: its header, how to read the value from a row, and the number format. */
export interface CsvColumn<T> {
  header: string;
  value: (row: T) => string | number | boolean | null;
  format?: CsvNumberFormat;
}

const DIGITS: Record<CsvNumberFormat, number> = { int: 0, dec1: 1, dec2: 2, dec4: 4 };

/** A number in a fixed format that never depends on the machine's locale; no "-0.0". */
export function formatCsvNumber(value: number, format: CsvNumberFormat = 'int'): string {
  if (!Number.isFinite(value)) return '';
  const text = value.toFixed(DIGITS[format]);
  return Number(text) === 0 ? (0).toFixed(DIGITS[format]) : text;
}

/**
 * One CSV table with csv-stringify: the header row, then one record per row in the given (already
 * deterministic) order; '\n' line ends, fixed number formats, empty for null, so regenerating from
 * the same report gives the same bytes. Text cells starting with = + - @ (or a tab/CR) get a
 * leading quote (csv-stringify's escape_formulas) so a spreadsheet never runs them as a formula.
 */
export function renderCsv<T>(columns: CsvColumn<T>[], rows: T[]): string {
  const records: unknown[][] = [columns.map((c) => c.header), ...rows.map((r) => columns.map((c) => c.value(r)))];
  return stringify(records, {
    record_delimiter: '\n',
    escape_formulas: true,
    // Quote a lone \r as well: spreadsheets and csv-parse read it as a line break.
    quote_record_delimiter: true,
    cast: {
      number: (value, context) => formatCsvNumber(value, columns[Number(context.column)]?.format),
      boolean: (value) => (value ? 'true' : 'false'),
    },
  });
}
