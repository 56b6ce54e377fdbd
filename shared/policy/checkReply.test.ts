import { describe, it, expect } from 'vitest';
import { checkReply } from './checkReply';
import type { ReplyCheckInput, ReplyCheckResult } from './checkReply';

/** Opens a reply with a disclosure so each case isolates the rule it is about. */
const HI = "Hi, I'm Sam from Acme. ";

interface Verdict {
  ok: boolean;
  blocks: string[];
  warns: string[];
}

function verdictOf(result: ReplyCheckResult): Verdict {
  const rules = (severity: string): string[] => [...new Set(result.problems.filter((p) => p.severity === severity).map((p) => p.rule))].sort();
  return { ok: result.ok, blocks: rules('block'), warns: rules('warn') };
}

const ok: Verdict = { ok: true, blocks: [], warns: [] };
const blocks = (...rules: string[]): Verdict => ({ ok: false, blocks: rules.sort(), warns: [] });
const warns = (...rules: string[]): Verdict => ({ ok: true, blocks: [], warns: rules.sort() });

type Case = [string, Partial<ReplyCheckInput> & { text: string }, Verdict];

const forum = (text: string): Partial<ReplyCheckInput> & { text: string } => ({ text: HI + text, siteKind: 'forum' });

const PII_CASES: Case[] = [
  ['Visa number with spaces', forum('Is your card 4111 1111 1111 1111?'), blocks('pii')],
  ['Visa number with dashes', forum('We see 4111-1111-1111-1111 on file.'), blocks('pii')],
  ['Mastercard number unbroken', forum('Card 5555555555554444 was charged.'), blocks('pii')],
  ['Amex number 4-6-5', forum('Your Amex 3782 822463 10005 was declined.'), blocks('pii')],
  ['UK mobile', forum("We'll call you on 07700 900123 today."), blocks('pii')],
  ['UK landline, international form', forum("We'll call you on +44 20 7946 0958."), blocks('pii')],
  ['US number with brackets', forum("We'll call you at (415) 555-2671."), blocks('pii')],
  ['US number, international form', forum("We'll call you at +1 415-555-2671."), blocks('pii')],
  ['US number with dots', forum('We have 415.555.2671 on file.'), blocks('pii')],
  ['customer e-mail', forum("We've emailed jo.bloggs@gmail.com about it."), blocks('pii')],
  ['street address', forum("We've sent it to 221B Baker Street."), blocks('pii')],
  ['address with UK postcode', forum('It went to 10 Downing Street, London SW1A 2AA.'), blocks('pii')],
  ['UK postcode alone', forum('Is your postcode M1 1AE?'), blocks('pii')],
  ['US state and ZIP', forum('It shipped to Springfield, IL 62704.'), blocks('pii')],
  ['Amazon-style order number', forum('Your order #123-4567890-1234567 has shipped.'), blocks('pii')],
  ['account number', forum('Your account number 12345678 is fixed.'), blocks('pii')],
  ['booking reference', forum('Your booking ref ABC123 is confirmed.'), blocks('pii')],
  ['date of birth with DOB', forum('Can you confirm DOB 01/02/1980?'), blocks('pii')],
  ['date of birth in words', forum('You were born on 3 March 1985, right?'), blocks('pii')],
  ['date of birth ISO', forum('Date of birth: 1985-03-03 is on file.'), blocks('pii')],
  ['US social security number', forum('Your SSN 123-45-6789 is safe.'), blocks('pii')],
  ['UK National Insurance number', forum('NI number QQ 12 34 56 C is on file.'), blocks('pii')],
  // false positives that must pass
  ['card ending 1234', forum('The card ending 1234 has been refunded.'), ok],
  ['card ending in 4242', forum('We refunded the card ending in 4242.'), ok],
  ['Luhn-invalid 16 digits (a parcel id)', forum('Your parcel 1234 5678 9012 3456 is on its way.'), ok],
  ['asks for an order number without giving one', forum('Please DM us your order number.'), ok],
  ['please DM us', forum('Please DM us and we will look into it.'), ok],
  ['our free-phone number', forum('Call us on 0800 123 4567 any time.'), ok],
  ['our US toll-free number', forum('Call 1-800-555-0199 for help.'), ok],
  ['our own e-mail address', forum('Email support@acme.com with the details.'), ok],
  ['a flight date is not a birth date', forum('Your flight on 01/02/2024 is confirmed.'), ok],
  ['a year is not a birth date', forum('We were founded in 1985.'), ok],
  ['prices, durations and ranges', forum('It costs £12.99, takes 3-5 days and ran 2019-2020.'), ok],
  ['our geographic number only warns', forum('Call us on 020 7946 0958.'), warns('pii')],
  ['our own case number only warns', forum('Your case number 12345 is open.'), warns('pii')],
  ['a role mailbox elsewhere only warns', forum('You can write to complaints@regulator.org.uk too.'), warns('pii')],
];

const SELLING_CASES: Case[] = [
  ['buy now', forum('Buy now and save!'), blocks('selling')],
  ['use code', forum('Use code SAVE20 at checkout.'), blocks('selling')],
  ['percent off', forum('Get 20% off your next booking.'), blocks('selling')],
  ['limited time offer', forum('Limited time offer: upgrade today.'), blocks('selling')],
  ['premium sign-up pitch', forum('Sign up for our premium plan for faster support.'), blocks('selling')],
  ['discount code', forum("Here's a discount code for you."), blocks('selling')],
  ["don't miss out", forum("Don't miss out on our summer sale."), blocks('selling')],
  ['free trial', forum('Start your free trial this week.'), blocks('selling')],
  ['promo code with a code', forum('Promo code WELCOME10 works on all fares.'), blocks('selling')],
  ['great deals only warns', forum('We have some great deals on flights to Spain.'), warns('selling')],
  ['check out our new range only warns', forum('Check out our new range in store.'), warns('selling')],
  // false positives that must pass
  ['we offer a refund', forum('We offer a refund if your flight is cancelled.'), ok],
  ['discount not applied', forum('Your discount was not applied, we will fix it.'), ok],
  ['promo code did not work', forum("Sorry the promo code didn't work, we've refunded the difference."), ok],
  ["can't offer a discount", forum("We can't offer a discount on this fare."), ok],
  ['percent off not applied', forum("The 20% off wasn't applied at checkout, so we've credited it."), ok],
  ['deal with it', forum("We'll deal with it today."), ok],
  ['no hurry', forum('No hurry, reply when you can.'), ok],
  ['book now that', forum('You can book now that the site is back up.'), ok],
  ['upgrade request', forum('Your upgrade request has been passed on.'), ok],
];

const DISCLOSURE_CASES: Case[] = [
  ['no disclosure', { text: 'Sorry to hear that, please DM us.', siteKind: 'microblog' }, blocks('disclosure')],
  ['brand only in passing', { text: 'Acme flights are great, thanks for flying with us!', siteKind: 'microblog' }, blocks('disclosure')],
  ['wrong brand', { text: "I'm Sam from Globex, sorry!", siteKind: 'microblog' }, blocks('disclosure')],
  ["I'm Sam from Acme support", { text: "I'm Sam from Acme support, sorry about that.", siteKind: 'microblog' }, ok],
  ['dash signature', { text: 'Sorry about that, DM us. — Sam, Acme', siteKind: 'microblog' }, ok],
  ['caret initials', { text: 'Sorry about that, DM us ^SB for Acme', siteKind: 'microblog' }, ok],
  ['team here', { text: 'Acme team here: sorry about that.', siteKind: 'microblog' }, ok],
  ['on behalf of', { text: 'Replying on behalf of Acme: sorry!', siteKind: 'review' }, ok],
  ['support here', { text: 'Acme Support here, sorry for the wait.', siteKind: 'own-page' }, ok],
  ['I work for', { text: 'I work for Acme and can help with that.', siteKind: 'forum' }, ok],
  ['case-insensitive multi-word brand', { text: "i'm sam from acme air, sorry!", siteKind: 'news', brand: 'Acme Air' }, ok],
];

const long = (n: number): string => 'x'.repeat(n - ' — Sam, Acme'.length) + ' — Sam, Acme';
const url = `https://example.com/${'a'.repeat(200)}`;

const LENGTH_CASES: Case[] = [
  ['microblog over 280', { text: long(281), siteKind: 'microblog' }, blocks('length')],
  ['microblog at 280', { text: long(280), siteKind: 'microblog' }, ok],
  ['a long URL counts as 23', { text: `See ${url} — Sam, Acme`, siteKind: 'microblog' }, ok],
  ['CJK counts double on microblog', { text: `${'汉'.repeat(135)} — Sam, Acme`, siteKind: 'microblog' }, blocks('length')],
  ['forum allows more than 280', { text: long(281), siteKind: 'forum' }, ok],
  ['review over 4000', { text: long(4001), siteKind: 'review' }, blocks('length')],
  ['four sentences on microblog warns', { text: "I'm Sam from Acme. Sorry. We've fixed it. Try again.", siteKind: 'microblog' }, warns('length')],
  ['four sentences on a forum is fine', { text: "I'm Sam from Acme. Sorry. We've fixed it. Try again.", siteKind: 'forum' }, ok],
  ['empty reply', { text: '   ', siteKind: 'forum' }, blocks('length', 'disclosure')],
  ['custom maximum', { text: long(120), siteKind: 'forum', maxLength: 100 }, blocks('length')],
];

const POLICY_CASES: Case[] = [
  ['never-respond blocks a perfect reply', { text: `${HI}Sorry!`, policy: 'never-respond' }, blocks('site-policy')],
  ['never-respond ignores an override', { text: `${HI}Sorry!`, policy: 'never-respond', override: { reason: 'VIP' } }, blocks('site-policy')],
  ['monitor-only needs an override', { text: `${HI}Sorry!`, siteKind: 'forum', policy: 'monitor-only' }, blocks('site-policy')],
  ['monitor-only with a reason warns', { text: `${HI}Sorry!`, policy: 'monitor-only', override: { reason: 'safety issue' } }, warns('site-policy')],
  ['monitor-only with a blank reason', { text: `${HI}Sorry!`, policy: 'monitor-only', override: { reason: '  ' } }, blocks('site-policy')],
  ['respond is the default', { text: `${HI}Sorry!` }, ok],
  ['several rules at once', { text: 'Buy now! Card 4111 1111 1111 1111.', policy: 'never-respond' }, blocks('site-policy', 'disclosure', 'selling', 'pii')],
];

describe('checkReply', () => {
  it.each([...PII_CASES, ...SELLING_CASES, ...DISCLOSURE_CASES, ...LENGTH_CASES, ...POLICY_CASES])('%s', (_name, input, expected) => {
    expect(verdictOf(checkReply({ brand: 'Acme', siteKind: null, ...input }))).toEqual(expected);
  });
});

describe('checkReply problem details', () => {
  it('masks a card number in the excerpt, keeping the last four digits', () => {
    const { problems } = checkReply({ text: `${HI}Card 4111 1111 1111 1111.`, brand: 'Acme', siteKind: 'forum' });
    expect(problems).toEqual([
      { rule: 'pii', severity: 'block', message: 'Payment card number (passes the Luhn check) in a public reply', excerpt: '**** **** **** 1111' },
    ]);
  });

  it.each([
    ['microblog', `Sorry! Card 4111 1111 1111 1111, phone 07700 900123, mail jo@gmail.com. ${'x'.repeat(300)}`],
    ['forum', 'Buy now with card 4111111111111111! DOB 01/02/1980. One. Two. Three.'],
  ] as const)('never repeats private data in any excerpt or message (%s)', (siteKind, text) => {
    const { problems } = checkReply({ text, brand: 'Acme', siteKind });
    expect(problems.map((p) => p.rule)).toContain('pii');
    const shown = JSON.stringify(problems);
    for (const secret of ['4111 1111 1111 1111', '4111111111111111', '07700 900123', 'jo@gmail.com', '01/02/1980']) expect(shown).not.toContain(secret);
  });

  it('shows where a too-long reply overflows', () => {
    const text = `${'a'.repeat(280)}OVERFLOW — Sam, Acme`;
    const problem = checkReply({ text, brand: 'Acme', siteKind: 'microblog' }).problems.find((p) => p.rule === 'length');
    expect(problem?.excerpt).toBe('…OVERFLOW — Sam, Acme');
    expect(problem?.message).toMatch(/300 characters \(URLs count as 23\); microblog replies allow 280/);
  });

  it('names the brand in a disclosure problem', () => {
    const [problem] = checkReply({ text: 'Sorry!', brand: 'Acme Air', siteKind: 'forum' }).problems;
    expect(problem).toMatchObject({ rule: 'disclosure', severity: 'block' });
    expect(problem.message).toContain('Acme Air');
  });

  it('lists problems in rule order', () => {
    const { problems } = checkReply({ text: 'Buy now! Card 4111 1111 1111 1111.', brand: 'Acme', policy: 'never-respond' });
    expect(problems.map((p) => p.rule)).toEqual(['site-policy', 'disclosure', 'selling', 'pii']);
  });

  it('warns rather than guesses when no brand is given', () => {
    expect(verdictOf(checkReply({ text: 'Sorry!', brand: '', siteKind: 'forum' }))).toEqual(warns('disclosure'));
  });
});
