import { describe, it, expect } from 'vitest';
import { findDisclosure, isAffiliationDisclosed } from './disclosure';

describe('affiliation disclosed', () => {
  it.each([
    ["I'm Sam from Acme support, sorry about the delay.", 'Acme'],
    ["Hi Jo, I'm Sam from Acme. Let's sort this out.", 'Acme'],
    ["Hi! i'm sam from acme, can you DM us?", 'Acme'],
    ['Sorry to hear this. — Sam, Acme', 'Acme'],
    ['Sorry to hear this. -Sam @ Acme', 'Acme'],
    ['We are looking into it ^SB for Acme', 'Acme'],
    ['Acme team here: the app is back up.', 'Acme'],
    ['Hi Jo, Acme Support here. Can you DM us your details?', 'Acme'],
    ['Replying on behalf of Acme: we have passed this on.', 'Acme'],
    ['I work for Acme and I can help with that.', 'Acme'],
    ['This is Sam at Acme Air, sorry for the wait.', 'Acme Air'],
    ['This is Acme Support. We have refunded the fee.', 'Acme'],
    ["I'm Sam Brown from the Acme Air customer care team.", 'acme air'],
    ['Hello, ACME AIR SUPPORT HERE, how can we help?', 'Acme Air'],
    ["I'm a customer care agent at Acme, happy to help.", 'Acme'],
    ["I'm part of the Acme social team and I've passed this on.", 'Acme'],
    ['We at Acme take this seriously.', 'Acme'],
    ['From all of us at Acme, sorry.', 'Acme'],
    ['Thanks for your patience.\nKind regards, Sam at Acme', 'Acme'],
    ['Thanks for your patience.\nThe Acme Team', 'Acme'],
    ['That should be fixed now. Cheers, Acme Support', 'Acme'],
    ['Fixed now ~Sam (Acme Support)', 'Acme'],
    ['My name is sam and ... my name is sam with acme', 'Acme'],
    ['Sorry about this! — The AcmeAir team', 'Acme Air'],
    ["I'm Sam from Marks & Spencer, sorry about your order.", 'Marks & Spencer'],
    ['Hi, it\u2019s Priya from O2 here, can you DM us?', 'O2'],
    ['Sam here from Acme support.', 'Acme'],
    ['Sam from Acme here, sorry!', 'Acme'],
    ['Sorry about this. Sam, Acme', 'Acme'],
    ['Fixed. Sam (Acme Support)', 'Acme'],
    ['Sorry! /Sam @Acme', 'Acme'],
    ['Hi from Acme support. Sorry.', 'Acme'],
    ["We're the Acme support team.", 'Acme'],
    ['As an Acme employee, I can confirm it.', 'Acme'],
    ['Official Acme support here', 'Acme'],
    ['ACME SUPPORT: sorry!', 'Acme'],
    ['Regards,\nSam\nAcme Support', 'Acme'],
    ['Thanks, Sam | Acme Support', 'Acme'],
  ])('%j discloses for %s', (text, brand) => {
    expect(findDisclosure(text, brand)).not.toBeNull();
  });
});

describe('affiliation not disclosed', () => {
  it.each([
    ['Acme flights are great, thanks for flying with us!', 'Acme'],
    ['Sorry to hear that, please DM us your details.', 'Acme'],
    ["I'm Sam, sorry about the delay.", 'Acme'],
    ["I'm Sam from Globex support.", 'Acme'],
    ['I work for Globex.', 'Acme'],
    ["I'm sorry for the Acme delay yesterday.", 'Acme'],
    ["I'm so disappointed with Acme's service.", 'Acme'],
    ['Thanks for choosing Acme', 'Acme'],
    ['Thank you for flying with Acme!', 'Acme'],
    ['Please contact Acme support on the website.', 'Acme'],
    ["I'm a big fan of Acme.", 'Acme'],
    ["I'm a customer of Acme.", 'Acme'],
    ['My friend works for Acme.', 'Acme'],
    ['It is Acme policy to refund within 14 days.', 'Acme'],
    ['Prices are high - Acme should fix it.', 'Acme'],
    ["I'm Sam from Acmeville.", 'Acme'],
    ["I'm Sam from Acme Bank.", 'Acme Air'],
    ['Acme here is the best airline.', 'Acme'],
    ['Anything at all from Acme?', 'Acme'],
    ["I'm Sam from Acme.", '   '],
    ['Sorry! Flights from Acme here are delayed.', 'Acme'],
    ['Jo from Acme called me.', 'Acme'],
    ["I'm an Acme customer.", 'Acme'],
    ["I'm an Acme member.", 'Acme'],
    ['Thanks Acme!', 'Acme'],
    ['Great service from Acme support team', 'Acme'],
    ['Contact Acme Support here: https://acme.com/help', 'Acme'],
    ['Thank you for choosing Acme Support', 'Acme'],
    ['I called Acme customer service', 'Acme'],
    ['Sorry. Acme, please fix this.', 'Acme'],
  ])('%j does not disclose for %j', (text, brand) => {
    expect(isAffiliationDisclosed(text, brand)).toBe(false);
  });
});
