import type { Command } from './command';
import { checkReplyCommand } from './commands/checkReply';
import { importCommand } from './commands/import';
import { demoCommand } from './commands/demo';
import { reachCommand } from './commands/reach';
import { replayCommand } from './commands/replay';
import { scoreCommand } from './commands/score';
import { serveCommand } from './commands/serve';
import { statsCommand } from './commands/stats';
import { trainCommand } from './commands/train';

/** Every CLI command. Later issues add theirs here. */
export const COMMANDS: Command[] = [serveCommand, statsCommand, importCommand, demoCommand, replayCommand, checkReplyCommand, reachCommand, scoreCommand, trainCommand];
