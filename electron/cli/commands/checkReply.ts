import { CHECK_REPLY_USAGE, runCheckReplyCommand } from '../../../shared/policy/checkReplyCommand';
import type { Command } from '../command';

/** `check-reply`: the pre-send checks of a reply, without sending anything anywhere. */
export const checkReplyCommand: Command = {
  name: 'check-reply',
  summary: 'run the pre-send checks (length, disclosure, selling, pii, site-policy) on a reply',
  usage: CHECK_REPLY_USAGE.replace(/^Usage: /, ''),
  options: {},
  async run() {
    return 2; // never reached: runRaw parses its own arguments
  },
  async runRaw(argv) {
    const out = runCheckReplyCommand(argv);
    process.stdout.write(out.stdout);
    process.stderr.write(out.stderr);
    return out.exitCode;
  },
};
