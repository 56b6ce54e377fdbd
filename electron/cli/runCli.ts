import { NewerDatabaseError } from '../core/db/migrate';
import { parseFor, UsageError, type Command } from './command';
import { COMMANDS } from './commands';

const BIN = 'listening-post';

function overview(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  const lines = COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`);
  return `Usage: ${BIN} <command> [options]   (or: npm run --silent cli -- <command> [options])

Commands:
${lines.join('\n')}

Every command takes --help. The database defaults to the app's data folder; --db FILE or
LISTENING_POST_DB=FILE overrides it.
`;
}

const helpOf = (cmd: Command): string => `Usage: ${BIN} ${cmd.usage}\n\n${cmd.summary}\n`;

/** Runs the CLI with the given arguments and returns the exit code. */
export async function runCli(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(overview());
    return name ? 0 : 2;
  }
  const cmd = COMMANDS.find((c) => c.name === name);
  if (!cmd) {
    process.stderr.write(`unknown command "${name}"\n\n${overview()}`);
    return 2;
  }
  if (cmd.runRaw) return cmd.runRaw(rest);
  try {
    const { values, positionals } = parseFor(cmd, rest);
    if (values.help) {
      process.stdout.write(helpOf(cmd));
      return 0;
    }
    return await cmd.run(values, positionals);
  } catch (err) {
    if (err instanceof UsageError) {
      process.stderr.write(`${name}: ${err.message}\n\n${helpOf(cmd)}`);
      return 2;
    }
    if (err instanceof NewerDatabaseError) {
      process.stderr.write(`${err.message}\n`);
      return 1;
    }
    process.stderr.write(`${name} failed: ${err instanceof Error ? err.message : String(err)}\n`);
    return 1;
  }
}
