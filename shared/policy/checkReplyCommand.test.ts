import { describe, it, expect } from 'vitest';
import { runCheckReplyCommand } from './checkReplyCommand';

interface JsonOut {
  ok: boolean;
  problems: { rule: string; severity: string; message: string; excerpt: string }[];
}

const run = (...args: string[]): JsonOut => {
  const out = runCheckReplyCommand([...args, '--json']);
  expect(out.exitCode).toBe(0);
  return JSON.parse(out.stdout) as JsonOut;
};
const rulesOf = (out: JsonOut): string[] => out.problems.map((p) => p.rule);

describe('check-reply --json', () => {
  it.each([
    [['--site-kind', 'microblog', '--brand', 'Acme', '--text', "I'm Sam from Acme, sorry! Please DM us."], true, []],
    [['--site-kind', 'microblog', '--brand', 'Acme', '--text', 'Sorry, please DM us.'], false, ['disclosure']],
    [['--site-kind', 'forum', '--brand', 'Acme', '--text', 'Thanks for waiting — Sam here for Acme Support, we have rebooked you'], true, []],
    [['--site-kind', 'forum', '--brand', 'Acme', '--text', "I'm not from Acme, but try turning it off and on."], false, ['disclosure']],
    [['--site-kind', 'never-respond', '--brand', 'Acme', '--text', "I'm Sam from Acme, sorry!"], false, ['site-policy']],
    [['--site-kind', 'monitor-only', '--brand', 'Acme', '--text', "I'm Sam from Acme, sorry!"], false, ['site-policy']],
    [['--site-kind', 'monitor-only', '--brand', 'Acme', '--text', "I'm Sam from Acme, sorry!", '--override-reason', 'safety'], true, ['site-policy']],
    [['--site-kind', 'forum', '--brand', 'Acme', '--text', "I'm Sam from Acme. Is it card 4111 1111 1111 1111?"], false, ['pii']],
    [['--site-kind', 'forum', '--brand', 'Acme', '--text', "I'm Sam from Acme. Is it the card ending 1234?"], true, []],
    [['--site-kind=review', '--brand=Acme Air', "--text=Use code SAVE20! — Sam, Acme Air"], false, ['selling']],
    [['--site-kind', 'microblog', '--brand', 'Acme', '--text', `${'x'.repeat(300)} — Sam, Acme`], false, ['length']],
    [['--site-kind', 'forum', '--policy', 'never-respond', '--brand', 'Acme', '--text', 'Hi — Sam, Acme'], false, ['site-policy']],
    [['--text', '-- Sam, Acme', '--site-kind', 'MICROBLOG', '--brand', 'acme'], true, []],
  ])('%j → ok %s, rules %j', (args, ok, rules) => {
    const out = run(...args);
    expect(out.ok).toBe(ok);
    expect(rulesOf(out)).toEqual(rules);
    for (const problem of out.problems) expect(Object.keys(problem)).toEqual(['rule', 'severity', 'message', 'excerpt']);
  });
});

describe('check-reply exit codes and text output', () => {
  it('exits 1 with --strict when a problem blocks', () => {
    expect(runCheckReplyCommand(['--site-kind', 'forum', '--brand', 'Acme', '--text', 'Sorry!', '--strict']).exitCode).toBe(1);
    expect(runCheckReplyCommand(['--site-kind', 'forum', '--brand', 'Acme', '--text', 'Sorry! — Sam, Acme', '--strict']).exitCode).toBe(0);
  });

  it('prints a readable summary without --json', () => {
    const out = runCheckReplyCommand(['--site-kind', 'forum', '--brand', 'Acme', '--text', 'Buy now!']);
    expect(out.stdout).toMatch(/^BLOCKED: 2 blocking problem\(s\)\n/u);
    expect(out.stdout).toMatch(/block +selling +Call to buy or sign up: "Buy now" — "Buy now"/u);
  });

  it.each([
    [[], /--site-kind is required/],
    [['--site-kind', 'blog', '--brand', 'Acme', '--text', 'x'], /Unknown site kind or policy "blog" \(expected one of: own-page, microblog/],
    [['--site-kind', 'forum', '--text', 'x'], /--brand is required/],
    [['--site-kind', 'forum', '--brand', 'Acme'], /--text is required/],
    [['--site-kind', 'forum', '--brand', 'Acme', '--text'], /--text needs a value/],
    [['--site-kind', 'forum', '--brand', 'Acme', '--text', 'x', '--colour'], /Unknown option "--colour"/],
    [['--site-kind', 'never-respond', '--policy', 'respond', '--brand', 'A', '--text', 'x'], /disagree/],
    [['--site-kind', 'forum', '--brand', 'Acme', '--text', 'x', '--max-length', '-3'], /--max-length must be a positive whole number/],
    [['stray'], /Unexpected argument "stray"/],
  ])('usage error for %j', (args, message) => {
    const out = runCheckReplyCommand(args);
    expect(out.exitCode).toBe(2);
    expect(out.stdout).toBe('');
    expect(out.stderr).toMatch(message);
    expect(out.stderr).toMatch(/Usage: check-reply/u);
  });

  it('prints help', () => {
    expect(runCheckReplyCommand(['--help'])).toMatchObject({ exitCode: 0, stdout: expect.stringMatching(/^Usage: check-reply/u) });
  });
});
