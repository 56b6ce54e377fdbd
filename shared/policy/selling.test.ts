import { describe, it, expect } from 'vitest';
import { findSelling } from './selling';

const found = (text: string): string[] => findSelling(text).map((f) => `${f.severity}:${f.excerpt.toLowerCase()}`);

describe('findSelling flags', () => {
  it.each([
    ['Upgrade today!', ['block:upgrade today']],
    ['Shop now while stocks last.', ['block:shop now', 'block:while stocks last']],
    ['Use promo code SAVE20 for 20% off.', ['block:use promo code save20', 'block:20% off']],
    ['Save up to £50 on flights this week.', ['block:save up to £50']],
    ['Half off all fares in May.', ['block:half off']],
    ['Why not upgrade to our Gold membership?', ['block:upgrade to our gold membership']],
    ['Click here to buy tickets.', ['block:click here to buy']],
    ['Our flash sale starts Friday.', ['block:flash sale']],
    ['Grab a discount on your next trip.', ['warn:grab a discount']],
    ['Try our premium plan.', ['warn:our premium plan']],
    ['Exclusive offers for members.', ['warn:exclusive offers']],
  ])('%j', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe('findSelling leaves service replies alone', () => {
  it.each([
    'We offer a refund if your flight is cancelled.',
    'Your discount was not applied, we will fix it.',
    "We're sorry the 20% off code didn't work at checkout.",
    "The upgrade you paid for wasn't honoured, so we have refunded it.",
    'Please use code 1234 when you call so we can find your case.',
    'Switch it off and on again.',
    'We will deal with this today.',
    'Our new prices were applied by mistake; we are looking into it.',
    'The promo ended yesterday, sorry for the confusion.',
  ])('%j', (text) => {
    expect(findSelling(text)).toEqual([]);
  });

  it('judges each sentence on its own', () => {
    expect(found('Sorry about the delay. Buy now and get 20% off!')).toEqual(['block:buy now', 'block:20% off']);
  });
});
