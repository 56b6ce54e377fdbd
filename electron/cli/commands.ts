import type { Command } from './command';
import { checkReplyCommand } from './commands/checkReply';
import { importCommand } from './commands/import';
import { reachCommand } from './commands/reach';
import { serveCommand } from './commands/serve';
import { statsCommand } from './commands/stats';

/** Every CLI command. Later issues add theirs here. */
export const COMMANDS: Command[] = [serveCommand, statsCommand, importCommand, checkReplyCommand, reachCommand];
