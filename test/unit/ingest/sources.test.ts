import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { articleMetadata, InputError, parseJsonlRecord, readSources } from '../../../src/ingest/sources.ts';

describe('article metadata from JSONL records and front matter', () => {
  it.each([
    ['an ISO date is kept as written', { publishedAt: '2018-02-18' }, '2018-02-18'],
    ['an ISO datetime is kept as written', { publishedAt: '2018-02-18T14:10:45Z' }, '2018-02-18T14:10:45Z'],
    ['an RFC 2822 date becomes ISO (UTC)', { publishedAt: 'Sun, 18 Feb 2018 18:10:45 +0400' }, '2018-02-18T14:10:45.000Z'],
    ['`published` stands for publishedAt', { published: 'Mon, 19 Feb 2018 09:00:00 +0000' }, '2018-02-19T09:00:00.000Z'],
    ['`date` stands for publishedAt', { date: '2017-05-01' }, '2017-05-01'],
    ['publishedAt wins over an alias', { publishedAt: '2017-05-01', published: '2016-01-01' }, '2017-05-01'],
    ['a day-first date is read day first, never as the US month/day', { published: '05/08/2016' }, '2016-08-05'],
    ['a day-first date past the 12th', { published: '21/08/2016' }, '2016-08-21'],
    ['an ISO date with a malformed time keeps its date', { published: '2017-01-22T193400' }, '2017-01-22'],
    ['an ISO datetime with an offset is kept as written', { published: '2017-02-03T16:35:00+01:00' }, '2017-02-03T16:35:00+01:00'],
  ])('%s', (_name, record, expected) => {
    expect(articleMetadata('t', record).publishedAt).toBe(expected);
  });

  it('`outlet` and `publisher` stand for source, and source wins over them', () => {
    expect(articleMetadata('t', { outlet: 'Example News' }).source).toBe('Example News');
    expect(articleMetadata('t', { publisher: 'Wire' }).source).toBe('Wire');
    expect(articleMetadata('t', { source: 'Own', outlet: 'Other' }).source).toBe('Own');
  });

  it('a date alias that is no date is refused with the field named', () => {
    expect(() => articleMetadata('line 3', { published: 'yesterday-ish' })).toThrow(InputError);
    expect(() => articleMetadata('line 3', { published: 'yesterday-ish' })).toThrow(/"publishedAt" is not a date/);
    expect(() => articleMetadata('line 4', { published: '31/13/2016' })).toThrow(/"publishedAt" is not a date: 31\/13\/2016/);
  });

  it('a JSONL news record with outlet and published loads with its date and source', () => {
    const line = JSON.stringify({
      id: 'n-1',
      outlet: 'Example News',
      published: 'Sun, 18 Feb 2018 18:10:45 +0400',
      title: 'عنوان',
      text: 'قال الوزير إن الاجتماع مهم.',
    });
    const loadable = parseJsonlRecord('line 1', line);
    expect(loadable.kind).toBe('text');
    if (loadable.kind !== 'text') return;
    expect(loadable.input).toMatchObject({ id: 'n-1', source: 'Example News', publishedAt: '2018-02-18T14:10:45.000Z' });
  });
});

describe('gzipped JSONL files', () => {
  it('a .jsonl.gz file is read line by line like a .jsonl file, and a damaged one fails as one item', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'qawl-gz-'));
    const lines = [
      { id: 'g-1', text: 'قالت الوزيرة إن الخطة جاهزة.', outlet: 'Example' },
      { id: 'g-2', text: 'أكد المتحدث أن المحادثات مستمرة.' },
    ];
    writeFileSync(join(dir, 'a.jsonl.gz'), gzipSync(lines.map((l) => JSON.stringify(l)).join('\n') + '\n'));
    writeFileSync(join(dir, 'b.jsonl.gz'), Buffer.from('this is not gzip'));
    const items = [];
    for await (const item of readSources([dir])) items.push(item);
    expect(items.map((i) => (i.loadable?.kind === 'text' ? i.loadable.input.id : 'error'))).toEqual(['g-1', 'g-2', 'error']);
    expect(items[2]?.error?.message).toMatch(/b\.jsonl\.gz: not a readable gzip file/);
  });
});
