import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { htmlToText, parseFeed } from './feedParser';

const fixture = (name: string): string => readFileSync(new URL(`./testFeeds/${name}`, import.meta.url), 'utf8');

describe('parseFeed', () => {
  it('reads an RSS 2.0 forum feed: CDATA HTML to text, dc:creator, RFC 822 dates, guid or link as id', () => {
    const feed = parseFeed(fixture('forum-rss.xml'));
    expect(feed.title).toBe('Travel Forum - Airlines & Airports');
    expect(feed.items).toEqual([
      {
        id: 'travel-forum.example-topic-48213',
        title: 'Acme Air refund still pending after 6 weeks',
        text: 'Acme Air refund still pending after 6 weeks\n\nCancelled my Lisbon trip in March & still no refund.\nTheir chat just loops. Anyone had luck with a chargeback?',
        link: 'https://travel-forum.example/t/acme-air-refund-still-pending/48213',
        author: 'frequent_flyer_88',
        publishedAt: Date.UTC(2024, 4, 6, 8, 55, 2),
      },
      {
        id: 'travel-forum.example-topic-48207',
        title: 'Best seats on the A321neo?',
        text: 'Best seats on the A321neo?\n\nFlying Acme Air to Oslo next week, row 12 or 14?\nThanks!',
        link: 'https://travel-forum.example/t/best-seats-a321neo/48207',
        author: 'seatguru_fan',
        publishedAt: Date.UTC(2024, 4, 5, 21, 10),
      },
      {
        id: 'https://travel-forum.example/t/lounge-access-basic-fare/48190',
        title: 'Lounge access with basic fare',
        text: 'Lounge access with basic fare\n\nDoes a basic fare on Acme Air include lounge access if you have status?',
        link: 'https://travel-forum.example/t/lounge-access-basic-fare/48190',
        author: null,
        publishedAt: null,
      },
    ]);
  });

  it('reads an Atom feed: escaped and XHTML content, author names, alternate links, published before updated', () => {
    const feed = parseFeed(fixture('reviews-atom.xml'));
    expect(feed.items.map((i) => [i.id, i.text, i.link, i.author, i.publishedAt])).toEqual([
      ['tag:rantboard.example,2024:r/99811', 'Delayed 5 hours & no vouchers\n\nStuck in Madrid, no food vouchers, no apology. 1/5', 'https://rantboard.example/r/99811', 'angry_traveller', Date.UTC(2024, 4, 6, 7, 40)],
      ['tag:rantboard.example,2024:r/99790', 'Crew were lovely\n\nNot all bad: the crew on AC 441 were lovely. 4/5', 'https://rantboard.example/r/99790', 'happy_hannah', Date.UTC(2024, 4, 5, 18)],
    ]);
  });

  it.each([
    ['plain text', 'this is not xml', /^not well-formed XML/],
    ['an HTML page', '<html><body><p>Moved</p></body></html>', /not an RSS or Atom feed \(root element <html>\)/],
    ['broken XML', '<rss><channel><item><title>x</channel></rss>', /^not well-formed XML/],
    ['nothing', '', /not an RSS or Atom feed \(root element missing\)|not well-formed/],
  ])('refuses %s', (_name, xml, reason) => {
    expect(() => parseFeed(xml)).toThrow(reason);
  });
});

describe('htmlToText', () => {
  it.each([
    ['<p>a</p><p>b</p>', 'a\nb'],
    ['x<br>y<br/>z', 'x\ny\nz'],
    ['<script>alert(1)</script>ok<style>p{}</style>', 'ok'],
    ['&lt;b&gt; stays text', '<b> stays text'],
    ['  lots   of\t space ', 'lots of space'],
  ])('%j', (html, text) => {
    expect(htmlToText(html)).toBe(text);
  });
});
