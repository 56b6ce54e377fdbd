import { SaxesParser } from 'saxes';
import { decodeEntities } from '../ingest/entities';

/** One entry of an RSS or Atom feed, as plain text. */
export interface FeedItem {
  /** guid / id, else the link: stable across polls, so re-reading adds nothing twice. */
  id: string;
  title: string;
  text: string;
  link: string | null;
  author: string | null;
  publishedAt: number | null;
}

/** A parsed feed. */
export interface ParsedFeed {
  title: string;
  items: FeedItem[];
}

type Fields = Record<string, string>;

const FIELD: Record<string, string> = {
  title: 'title',
  link: 'link',
  guid: 'id',
  id: 'id',
  pubdate: 'published',
  published: 'published',
  updated: 'updated',
  'dc:date': 'published',
  description: 'summary',
  summary: 'summary',
  'content:encoded': 'content',
  content: 'content',
  'dc:creator': 'author',
  author: 'author',
  name: 'authorName',
};

/** Plain text of an HTML fragment: line breaks kept, tags (and scripts, styles) dropped, entities decoded, spaces collapsed. */
export function htmlToText(html: string): string {
  const withBreaks = html.replace(/<\s*(br|\/p|\/div|\/li|\/h\d)\s*\/?>/gi, '\n');
  const noTags = withBreaks
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, '')
    .replace(/<[^>]*>/g, '');
  return decodeEntities(noTags)
    .split('\n')
    .map((l) => l.replace(/[ \t\u00A0]+/g, ' ').trim())
    .filter((l, i, all) => l !== '' || (i > 0 && all[i - 1] !== ''))
    .join('\n')
    .trim();
}

function toItem(f: Fields): FeedItem | null {
  const title = htmlToText(f.title ?? '');
  const body = htmlToText(f.content ?? f.summary ?? '');
  const text = body === '' || body === title ? title : title === '' ? body : `${title}\n\n${body}`;
  const id = (f.id ?? f.link ?? '').trim();
  if (id === '' || text === '') return null;
  const when = Date.parse((f.published ?? f.updated ?? '').trim());
  const author = (f.authorName ?? f.author ?? '').trim();
  return { id, title, text, link: f.link?.trim() || null, author: author || null, publishedAt: Number.isFinite(when) ? when : null };
}

/**
 * Reads an RSS 2.0, RSS 1.0 (RDF) or Atom 1.0 document into plain-text items. Anything that is not
 * well-formed XML with one of those roots is refused with a reason.
 */
export function parseFeed(xml: string): ParsedFeed {
  const parser = new SaxesParser();
  const stack: { name: string; text: string }[] = [];
  let root: string | null = null;
  let feedTitle = '';
  let item: Fields | null = null;
  const items: FeedItem[] = [];
  let failure: string | null = null;
  const addText = (t: string): void => {
    const top = stack.at(-1);
    if (top) top.text += t;
  };
  parser.on('error', (e) => void (failure ??= `not well-formed XML: ${e.message.replace(/^[^:]*:\d+:\d+: /, '')}`));
  parser.on('opentag', (tag) => {
    const name = tag.name.toLowerCase();
    root ??= name;
    stack.push({ name, text: '' });
    if (name === 'item' || name === 'entry') item = {};
    const attrs = tag.attributes as Record<string, string>;
    if (item && name === 'link' && attrs.href && (!attrs.rel || attrs.rel === 'alternate')) item.link ??= attrs.href;
  });
  parser.on('text', addText);
  parser.on('cdata', addText);
  parser.on('closetag', () => {
    const { name, text } = stack.pop() as { name: string; text: string };
    // Text of nested elements (XHTML content) flows up to the element that holds it.
    addText(text);
    if (name === 'item' || name === 'entry') {
      const done = item && toItem(item);
      if (done) items.push(done);
      item = null;
    } else if (item && FIELD[name] && text.trim() !== '') item[FIELD[name]] ??= text;
    else if (!item && name === 'title' && feedTitle === '') feedTitle = text.trim();
  });
  parser.write(xml).close();
  if (failure) throw new Error(failure);
  if (root !== 'rss' && root !== 'feed' && root !== 'rdf:rdf') throw new Error(`not an RSS or Atom feed (root element ${root ? `<${root}>` : 'missing'})`);
  return { title: feedTitle, items };
}
