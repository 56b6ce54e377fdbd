import { describe, it, expect } from 'vitest';
import { findPii, maskPii } from './pii';
import { passesLuhn } from './piiMask';

const kinds = (text: string, brand = 'Acme'): string[] => findPii(text, { brand }).map((f) => `${f.kind}:${f.severity}`);

describe('findPii detects', () => {
  it.each([
    ['4111 1111 1111 1111', ['card:block']],
    ['pay with 6011111111111117 please', ['card:block']],
    ['+44 7700 900123', ['phone:block']],
    ['07700900123', ['phone:block']],
    ['+33 1 23 45 67 89', ['phone:block']],
    ['1 (415) 555-2671', ['phone:block']],
    ['jo.bloggs+care@example.co.uk', ['email:block']],
    ['1600 Pennsylvania Avenue NW, Washington, DC 20500', ['address:block', 'postcode:block']],
    ['Flat 2, 14 Elm Grove, Leeds LS6 2AB', ['address:block', 'postcode:block']],
    ['postcode SW1A1AA', ['postcode:block']],
    ['ZIP 62704-1234', ['postcode:block']],
    ['D.O.B. 12.05.1990', ['dob:block']],
    ['born on March 3, 1985', ['dob:block']],
    ['her birthday is 12/05/1990', ['dob:block']],
    ['born 3rd of March 1985', ['dob:block']],
    ['policy no. 12345678', ['account:block']],
    ['reservation: XKCD42', ['account:block']],
    ['membership number 998877', ['account:block']],
    ['ticket #55512', ['account:warn']],
    ['ref ABC123', ['account:warn']],
    ['SSN 078-05-1120', ['national-id:block']],
    ['order 4111111111111111', ['account:block']],
    ['call us on: 0161 496 0000', ['phone:warn']],
    ['info@acmeair.co.uk', ['email:warn']],
  ])('%j as %j', (text, expected) => {
    expect(kinds(text, 'Globex')).toEqual(expected);
  });
});

describe('findPii leaves alone', () => {
  it.each([
    'card ending 1234',
    'account ending 5678',
    'your order number ending 4567',
    'Your booking reference when you can',
    'Please DM us your account number and postcode',
    'Your parcel 1234 5678 9012 3456 is on its way',
    'Call 0800 123 4567 or +44 800 123 4567 or 0345 600 1234',
    'Call 1-800-555-0199 or (888) 555-0123',
    'Mail help@acmeair.com or care@acme-air.com or jo@mail.acme-air.co.uk',
    'Happy birthday!',
    'We were born in 1985.',
    'Flight BA1234 on 3 March 2024 at 10:30',
    'Gate B12, seat 14C, terminal 5',
    'It costs £1,234.56 and takes 3-5 working days',
    'our refund policy 2024-25 applies',
    'your reservation 2024-05-01 at 7pm',
    'In 2019-2020 we flew 12,345,678 people',
    'version 10.2.3 of the app',
  ])('%j', (text) => {
    expect(findPii(text, { brand: 'Acme Air' })).toEqual([]);
  });

  it('does not treat the brand domain as private only when a brand is given', () => {
    expect(kinds('mail jo@acme.com', 'Acme')).toEqual([]);
    expect(findPii('mail jo@acme.com').map((f) => f.kind)).toEqual(['email']);
  });
});

describe('positions and masking', () => {
  it('reports each finding once, in text order, with positions', () => {
    const text = 'Order #123-4567890-1234567, call 07700 900123.';
    const found = findPii(text);
    expect(found.map((f) => [f.kind, text.slice(f.start, f.end)])).toEqual([
      ['account', 'Order #123-4567890-1234567'],
      ['phone', '07700 900123'],
    ]);
  });

  it.each([
    ['Card 4111 1111 1111 1111 ok', 'Card **** **** **** 1111 ok'],
    ['Call 07700 900123 or mail jo.bloggs@gmail.com', 'Call ***** **0123 or mail j********@gmail.com'],
    ['order #123-4567890-1234567', 'order #***-*******-***4567'],
    ['booking ref ABC123', 'booking ref ****23'],
    ['DOB 01/02/1980', 'DOB **/**/**80'],
    ['at 221B Baker Street', 'at **** Baker Street'],
    ['postcode SW1A 1AA', 'postcode SW1A ***'],
    ['SSN 078-05-1120', 'SSN ***-**-1120'],
    ['no private data here', 'no private data here'],
    ['j@x.io and ab@x.io', 'j@x.io and a*@x.io'],
  ])('maskPii(%j) is %j, the same length', (text, masked) => {
    expect(maskPii(text)).toBe(masked);
    expect(masked.length).toBe(text.length);
  });
});

describe('passesLuhn', () => {
  it.each([
    ['4111111111111111', true],
    ['378282246310005', true],
    ['5555555555554444', true],
    ['1234567890123456', false],
    ['4111111111111112', false],
    ['', false],
    ['4111 1111', false],
  ])('%j → %s', (digits, expected) => {
    expect(passesLuhn(digits)).toBe(expected);
  });
});
