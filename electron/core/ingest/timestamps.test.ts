import { describe, expect, it } from 'vitest';
import { parseSpacedOffsetTime, parseTwitterTime } from './timestamps';

describe('parseTwitterTime', () => {
  it.each([
    ['Tue Oct 31 22:10:47 +0000 2017', Date.UTC(2017, 9, 31, 22, 10, 47)],
    ['Sat Aug 06 01:02:03 +0000 2016', Date.UTC(2016, 7, 6, 1, 2, 3)],
    ['Wed Nov 22 09:23:01 +0200 2017', Date.UTC(2017, 10, 22, 7, 23, 1)],
    ['Wed Nov 22 09:23:01 -0130 2017', Date.UTC(2017, 10, 22, 10, 53, 1)],
  ])('%s', (input, expected) => {
    expect(parseTwitterTime(input)).toBe(expected);
  });

  it.each(['', '2017-10-31T22:10:47Z', 'Tue Foo 31 22:10:47 +0000 2017', 'Tue Feb 30 22:10:47 +0000 2017', 'Tue Oct 31 25:10:47 +0000 2017'])(
    'refuses %j',
    (input) => {
      expect(parseTwitterTime(input)).toBeNull();
    },
  );
});

describe('parseSpacedOffsetTime', () => {
  it.each([
    ['2015-02-16 23:36:05 -0800', Date.UTC(2015, 1, 17, 7, 36, 5)],
    ['2015-02-24 11:00:00 +0000', Date.UTC(2015, 1, 24, 11, 0, 0)],
    ['2015-02-24 11:00:00 +0530', Date.UTC(2015, 1, 24, 5, 30, 0)],
  ])('%s', (input, expected) => {
    expect(parseSpacedOffsetTime(input)).toBe(expected);
  });

  it.each(['', '2015-02-16T23:36:05-08:00', '2015-13-16 23:36:05 -0800', '2015-02-16 23:36 -0800'])('refuses %j', (input) => {
    expect(parseSpacedOffsetTime(input)).toBeNull();
  });
});
