import { describe, expect, it } from 'vitest';
import { compareLocations, specificPlaces } from './location';

describe('comparing locations', () => {
  it.each([
    ['Leeds', 'Leeds', 'leeds'],
    ['Leeds, UK', '12 High St, Leeds, LS1 4AB, United Kingdom', 'leeds'],
    ['Greater London', 'London, England', 'london'],
    ['São Paulo, Brasil', 'Sao Paulo', 'sao paulo'],
    ['Porto / Portugal', 'porto', 'porto'],
    ['Location 143', 'Location 143', 'location 143'],
    ['Austin, TX', 'austin', 'austin'],
  ])('%j and %j are the same place (%s)', (a, b, place) => {
    expect(compareLocations(a, b)).toEqual({ verdict: 'same', place });
  });

  it.each([
    ['Manchester, UK', 'London, UK'],
    ['Austin, TX', 'Dallas, TX'],
    ['Leeds', 'Location 143'],
    ['Paris', 'Lyon, France'],
  ])('%j and %j are different places', (a, b) => {
    expect(compareLocations(a, b).verdict).toBe('different');
  });

  it.each([
    ['UK', 'Leeds, UK'],
    ['Earth', 'Leeds'],
    ['', 'Leeds'],
    [null, 'Leeds'],
    ['12 High St', 'Leeds'],
    ['TX', 'Austin, TX'],
  ])('%j says nothing against %j (too broad or unknown)', (a, b) => {
    expect(compareLocations(a, b)).toEqual({ verdict: 'unknown', place: null });
  });

  it('keeps only specific places', () => {
    expect(specificPlaces('Flat 2, 12 High St, Leeds (West Yorkshire), UK')).toEqual(['flat 2', 'leeds', 'west yorkshire']);
  });
});
