import { parseArgs, type ParseArgsConfig } from 'node:util';

/** A CLI command: its options, its help text and what it does. Returns the exit code. */
export interface Command {
  name: string;
  summary: string;
  usage: string;
  options: NonNullable<ParseArgsConfig['options']>;
  allowPositionals?: boolean;
  run(values: Record<string, string | boolean | string[] | undefined>, positionals: string[]): Promise<number>;
  /** For commands whose argument parsing lives in shared code: gets argv untouched instead of `run`. */
  runRaw?(argv: string[]): Promise<number>;
}

/** Thrown for wrong usage; the CLI prints the message and the command's usage, exit code 2. */
export class UsageError extends Error {}

/** Parses argv for a command, turning parseArgs' errors into UsageError. */
export function parseFor(cmd: Command, argv: string[]): { values: Record<string, string | boolean | string[] | undefined>; positionals: string[] } {
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      options: { ...cmd.options, help: { type: 'boolean', short: 'h' } },
      allowPositionals: cmd.allowPositionals ?? false,
      strict: true,
    });
    return { values: values as Record<string, string | boolean | string[] | undefined>, positionals };
  } catch (err) {
    throw new UsageError(err instanceof Error ? err.message : String(err));
  }
}

/** Reads a whole-number option, refusing anything else. */
export function intOption(values: Record<string, unknown>, name: string, fallback: number): number {
  const v = values[name];
  if (v === undefined) return fallback;
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0) throw new UsageError(`--${name} must be a whole number, got "${String(v)}"`);
  return n;
}
