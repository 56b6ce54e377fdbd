import { afterEach, describe, expect, it, vi } from 'vitest';
import { checkReplyCommand } from './checkReply';

afterEach(() => vi.restoreAllMocks());

async function run(argv: string[]): Promise<{ code: number; out: string }> {
  let out = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((c: string | Uint8Array) => ((out += String(c)), true));
  vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
  const code = await (checkReplyCommand.runRaw as (a: string[]) => Promise<number>)(argv);
  return { code, out };
}

describe('check-reply command', () => {
  it('prints the JSON shape with rule names and blocks a card number', async () => {
    const r = await run(['--site-kind', 'microblog', '--brand', 'Acme', '--text', "I'm Sam from Acme. Your card 4111 1111 1111 1111 is noted", '--json']);
    expect(r.code).toBe(0);
    const body = JSON.parse(r.out) as { ok: boolean; problems: { rule: string; message: string; excerpt: string }[] };
    expect(body.ok).toBe(false);
    expect(body.problems.map((p) => p.rule)).toEqual(['pii']);
    expect(body.problems[0].excerpt).not.toContain('4111 1111 1111 1111');
  });

  it('refuses any reply on a never-respond site', async () => {
    const r = await run(['--site-kind', 'never-respond', '--brand', 'Acme', '--text', "I'm Sam from Acme, sorry about this.", '--json']);
    expect((JSON.parse(r.out) as { problems: { rule: string }[] }).problems.map((p) => p.rule)).toContain('site-policy');
  });

  it('exits 2 with usage when the brand is missing', async () => {
    expect((await run(['--site-kind', 'forum', '--text', 'hi'])).code).toBe(2);
  });
});
