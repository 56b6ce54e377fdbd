import { runCli } from './runCli';

/** What a CLI run printed, and its exit code. */
export interface CapturedRun {
  code: number;
  out: string;
  err: string;
}

/**
 * Runs the CLI in-process with stdout and stderr captured (for the command tests), restoring both
 * streams afterwards even when the command throws.
 */
export async function runCliCaptured(...argv: string[]): Promise<CapturedRun> {
  let out = '';
  let err = '';
  const saved = { out: process.stdout.write, err: process.stderr.write };
  process.stdout.write = ((c: string | Uint8Array) => ((out += String(c)), true)) as typeof process.stdout.write;
  process.stderr.write = ((c: string | Uint8Array) => ((err += String(c)), true)) as typeof process.stderr.write;
  try {
    const code = await runCli(argv);
    return { code, out, err };
  } finally {
    process.stdout.write = saved.out;
    process.stderr.write = saved.err;
  }
}
