import type { Command } from './command';
import { checkReplyCommand } from './commands/checkReply';
import { connectorsCommand } from './commands/connectors';
import { importCommand } from './commands/import';
import { importContactsCommand } from './commands/importContacts';
import { demoCommand } from './commands/demo';
import { reachCommand } from './commands/reach';
import { replayCommand } from './commands/replay';
import { reportCommand } from './commands/report';
import { scoreCommand } from './commands/score';
import { serveCommand } from './commands/serve';
import { statsCommand } from './commands/stats';
import { trainCommand } from './commands/train';
import { trainTopicsCommand } from './commands/trainTopics';

/** Every CLI command. Later issues add theirs here. */
export const COMMANDS: Command[] = [serveCommand, statsCommand, importCommand, importContactsCommand, demoCommand, replayCommand, connectorsCommand, checkReplyCommand, reachCommand, reportCommand, scoreCommand, trainCommand, trainTopicsCommand];
