/**
 * The `check-reply` command as a pure function of its arguments, so electron/cli only has to pass
 * `process.argv` through and write the output:
 *
 *   check-reply --site-kind KIND --brand NAME --text TEXT [--json] [--override-reason WHY]
 *               [--policy POLICY] [--max-length N] [--strict]
 *
 * KIND is a site kind (`microblog`, `forum` …) or a site policy (`never-respond`, `monitor-only`,
 * `respond`). With `--json` it prints `{"ok":bool,"problems":[{"rule","severity","message","excerpt"}]}`.
 * Exit code: 0 when the check ran (read `ok`), 1 with `--strict` when a problem blocks, 2 for a usage error.
 */
import { SITE_KINDS, SITE_POLICIES } from '../domain/site';
import type { SiteKind, SitePolicy } from '../domain/site';
import { checkReply } from './checkReply';
import type { ReplyCheckResult } from './checkReply';
import { isSitePolicy, parseSiteKindArg } from './siteRules';

/** What the command prints and how it exits. */
export interface CommandOutput {
  stdout: string;
  stderr: string;
  exitCode: number;
}

/** Usage text for `check-reply --help`. */
export const CHECK_REPLY_USAGE = [
  'Usage: check-reply --site-kind KIND --brand NAME --text TEXT [--json] [--override-reason WHY]',
  '                   [--policy POLICY] [--max-length N] [--strict]',
  `  KIND    a site kind (${SITE_KINDS.join(', ')}) or a policy (${SITE_POLICIES.join(', ')})`,
  '  NAME    the company the agent speaks for (affiliation must be disclosed)',
  '  --strict  exit 1 when a problem blocks (default: exit 0 and report "ok": false)',
].join('\n');

const VALUE_FLAGS = ['site-kind', 'brand', 'text', 'override-reason', 'policy', 'max-length'] as const;
const SWITCHES = ['json', 'strict', 'help'] as const;

interface ParsedArgs {
  values: Partial<Record<(typeof VALUE_FLAGS)[number], string>>;
  switches: Set<string>;
}

function parseArgs(args: readonly string[]): ParsedArgs | string {
  const parsed: ParsedArgs = { values: {}, switches: new Set() };
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i];
    if (!arg.startsWith('--')) return `Unexpected argument "${arg}"`;
    const eq = arg.indexOf('=');
    const name = arg.slice(2, eq < 0 ? undefined : eq);
    if ((SWITCHES as readonly string[]).includes(name) && eq < 0) {
      parsed.switches.add(name);
    } else if ((VALUE_FLAGS as readonly string[]).includes(name)) {
      // The next argument is always the value, even if it starts with "-" (a "-- Sam" signature).
      const value = eq >= 0 ? arg.slice(eq + 1) : args[++i];
      if (value === undefined) return `--${name} needs a value`;
      parsed.values[name as (typeof VALUE_FLAGS)[number]] = value;
    } else {
      return `Unknown option "${arg}"`;
    }
  }
  return parsed;
}

function resolveTarget(values: ParsedArgs['values']): { siteKind: SiteKind | null; policy: SitePolicy | null } | string {
  const kindArg = values['site-kind'];
  if (kindArg === undefined) return '--site-kind is required';
  const target = parseSiteKindArg(kindArg);
  if (!target) return `Unknown site kind or policy "${kindArg}" (expected one of: ${[...SITE_KINDS, ...SITE_POLICIES].join(', ')})`;
  const policyArg = values.policy;
  if (policyArg === undefined) return target;
  if (!isSitePolicy(policyArg)) return `Unknown policy "${policyArg}" (expected one of: ${SITE_POLICIES.join(', ')})`;
  if (target.policy && target.policy !== policyArg) return `--site-kind ${kindArg} and --policy ${policyArg} disagree`;
  return { siteKind: target.siteKind, policy: policyArg };
}

function formatHuman(result: ReplyCheckResult): string {
  const blocks = result.problems.filter((p) => p.severity === 'block').length;
  const head = result.ok ? `OK${result.problems.length ? ` with ${result.problems.length} warning(s)` : ''}` : `BLOCKED: ${blocks} blocking problem(s)`;
  const lines = result.problems.map((p) => `  ${p.severity.padEnd(5)} ${p.rule.padEnd(11)} ${p.message}${p.excerpt ? ` — "${p.excerpt}"` : ''}`);
  return [head, ...lines].join('\n') + '\n';
}

const usageError = (message: string): CommandOutput => ({ stdout: '', stderr: `${message}\n${CHECK_REPLY_USAGE}\n`, exitCode: 2 });

/** Runs `check-reply` on already-split arguments (without the command name). Never throws. */
export function runCheckReplyCommand(args: readonly string[]): CommandOutput {
  const parsed = parseArgs(args);
  if (typeof parsed === 'string') return usageError(parsed);
  if (parsed.switches.has('help')) return { stdout: `${CHECK_REPLY_USAGE}\n`, stderr: '', exitCode: 0 };
  const target = resolveTarget(parsed.values);
  if (typeof target === 'string') return usageError(target);
  const { brand, text } = parsed.values;
  if (brand === undefined) return usageError('--brand is required');
  if (text === undefined) return usageError('--text is required');
  const maxArg = parsed.values['max-length'];
  const maxLength = maxArg === undefined ? undefined : Number(maxArg);
  if (maxLength !== undefined && !(Number.isInteger(maxLength) && maxLength > 0)) return usageError(`--max-length must be a positive whole number, got "${maxArg}"`);
  const reason = parsed.values['override-reason'];
  const result = checkReply({ text, brand, siteKind: target.siteKind, policy: target.policy, override: reason === undefined ? null : { reason }, maxLength });
  const stdout = parsed.switches.has('json')
    ? `${JSON.stringify({ ok: result.ok, problems: result.problems.map(({ rule, severity, message, excerpt }) => ({ rule, severity, message, excerpt })) })}\n`
    : formatHuman(result);
  return { stdout, stderr: '', exitCode: !result.ok && parsed.switches.has('strict') ? 1 : 0 };
}
