import { describe, expect, it } from 'vitest';
import { tempFile } from '../testing/fixtures';
import { MAX_RECORD_CHARS, readCsvRecords, type CsvItem } from './csvRecords';

const read = async (content: string | Buffer): Promise<CsvItem[]> => {
  const out: CsvItem[] = [];
  for await (const item of readCsvRecords(tempFile('r.csv', content))) out.push(item);
  return out;
};

/** Each item as [line, id or reason]. */
const brief = (items: CsvItem[]): [number, string][] => items.map((i) => [i.line, i.kind === 'record' ? `id ${i.record.id}` : i.reason]);

describe('readCsvRecords', () => {
  it.each([
    ['plain rows', 'id,t\n1,a\n2,b\n', [[2, 'id 1'], [3, 'id 2']]],
    ['no final line break', 'id,t\n1,a\n2,b', [[2, 'id 1'], [3, 'id 2']]],
    ['CRLF line breaks', 'id,t\r\n1,a\r\n2,"b\r\nc"\r\n3,d\r\n', [[2, 'id 1'], [3, 'id 2'], [5, 'id 3']]],
    ['a byte order mark and empty lines', '\uFEFFid,t\n\n1,a\n\n\n2,b\n', [[3, 'id 1'], [6, 'id 2']]],
    ['quoted newlines count as lines', 'id,t\n1,"a\nb\nc"\n2,x\n', [[2, 'id 1'], [5, 'id 2']]],
    ['quotes inside an unquoted field are text', 'id,t\n1,say "hi" now\n2,x\n', [[2, 'id 1'], [3, 'id 2']]],
    ['wrong number of columns', 'id,t\n1,a,extra\n2\n3,c\n', [[2, 'wrong number of columns (expected 2, got 3)'], [3, 'wrong number of columns (expected 2, got 1)'], [4, 'id 3']]],
    ['text after a closing quote: restart on the next line', 'id,t\n1,"a"b\n2,"c\nd"\n3,e\n', [[2, 'broken quoting: text after a closing quote'], [3, 'id 2'], [5, 'id 3']]],
    ['a quote never closed: restart on the next line', 'id,t\n1,a\n2,"never\n3,c\n4,d\n', [[2, 'id 1'], [3, 'broken quoting: a quoted field is never closed'], [4, 'id 3'], [5, 'id 4']]],
  ])('%s', async (_name, content, expected) => {
    expect(brief(await read(content as string))).toEqual(expected);
  });

  it('keeps the raw row for the quarantine and decodes invalid UTF-8 as U+FFFD', async () => {
    const items = await read(Buffer.concat([Buffer.from('id,t\n1,"x, ""y"""\n2,bad '), Buffer.from([0xc3, 0x28]), Buffer.from('\n')]));
    expect(items.map((i) => i.raw)).toEqual(['1,"x, ""y"""', '2,bad \uFFFD(']);
    expect(items[0].kind === 'record' && items[0].record.t).toBe('x, "y"');
  });

  it('quarantines an oversized row in the middle of a file and reads on after it', async () => {
    const huge = `2,"${'x'.repeat(MAX_RECORD_CHARS + 10)}"`;
    expect(brief(await read(`id,t\n1,a\n${huge}\n3,c\n`))).toEqual([
      [2, 'id 1'],
      [3, `row longer than ${MAX_RECORD_CHARS} characters`],
      [4, 'id 3'],
    ]);
  });
});
