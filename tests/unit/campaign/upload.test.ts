import { describe, expect, it } from 'vitest';
import { fromCsv, fromJson } from '../../../src/lib/campaign/upload.ts';
import { parseCsvRecords } from '../../../src/lib/csv.ts';
import { AppError } from '../../../src/lib/errors.ts';

describe('CSV records keep the line they start on', () => {
  it.each([
    ['plain lines', 'a\nb\nc', [1, 2, 3]],
    ['CRLF line ends', 'a\r\nb\r\nc\r\n', [1, 2, 3]],
    ['blank lines are skipped but counted', 'a\n\n\nb', [1, 4]],
    ['a quoted cell with a line break spans two lines', 'a\n"x\ny",z\nb', [1, 2, 4]],
    ['a quoted cell with CRLF inside', 'a\r\n"x\r\ny"\r\nb', [1, 2, 4]],
  ])('%s', (_why, text, lines) => {
    expect(parseCsvRecords(text).map((r) => r.line)).toEqual(lines);
  });
});

describe('an upload: every line accepted or listed with its code', () => {
  // Why each line exists: one per rejection code, and the inputs a public check also accepts.
  const cases: Array<[string, string, string | null]> = [
    ['a plain name', 'mail.example.ch', null],
    ['a URL of Outlook on the web', 'https://owa.example.org/owa/', null],
    ['upper case is the same host', 'MAIL.EXAMPLE.CH', 'duplicate'],
    ['an internationalised name', 'mail.bücher.ch', null],
    ['words, not a name', 'not a host', 'invalid_host'],
    ['a private address literal', '10.0.0.1', 'private_address'],
    ['a public address literal: names only', '8.8.8.8', 'invalid_host'],
    ['localhost', 'localhost', 'private_address'],
    ['another port', 'mail.example.net:8443', 'port_not_allowed'],
    ['an empty host cell', '', 'invalid_host'],
    ['opted out (the name below a listed domain)', 'mail.opted-out.example.com', 'opted_out'],
  ];
  const optOut = ['opted-out.example.com'];

  it('JSON: 0-based index as the line', () => {
    const upload = fromJson(
      cases.map(([, host]) => ({ host })),
      optOut,
    );
    expect(upload.rejected).toEqual(
      cases.flatMap(([, host, code], index) => (code ? [{ line: index, input: host, code }] : [])),
    );
    expect(upload.targets.map((t) => t.host)).toEqual(['mail.example.ch', 'owa.example.org', 'mail.xn--bcher-kva.ch']);
  });

  it('CSV: 1-based line with the header as line 1', () => {
    // An organisation on every line, so that the empty host is a line, not a blank one.
    const csv = ['host,organisation', ...cases.map(([, host]) => `${host},Org`)].join('\n');
    const upload = fromCsv(csv, optOut);
    expect(upload.rejected).toEqual(
      cases.flatMap(([, host, code], index) => (code ? [{ line: index + 2, input: host, code }] : [])),
    );
  });

  it('CSV: columns in any order, languages checked, labels trimmed, extra cells refused', () => {
    const upload = fromCsv(
      'reference,language,host,organisation\n 7 ,DE,mail.a.ch, Gemeinde A \n8,es,mail.b.ch,B\n9,,mail.c.ch,C,extra\n',
    );
    expect(upload.targets).toEqual([
      { line: 2, host: 'mail.a.ch', organisation: 'Gemeinde A', language: 'de', reference: '7' },
    ]);
    expect(upload.rejected).toEqual([
      { line: 3, input: 'mail.b.ch', code: 'invalid_language' },
      { line: 4, input: '9,,mail.c.ch,C,extra', code: 'invalid_line' },
    ]);
  });

  it.each([
    ['no header row', 'mail.example.ch,Org,de,1'],
    ['an empty file', ''],
    ['more than 10,000 targets', `host\n${Array.from({ length: 10_001 }, (_, i) => `h${i}.example.ch`).join('\n')}`],
  ])('refuses the whole upload for %s', (_why, text) => {
    expect(() => fromCsv(text)).toThrow(AppError);
  });
});
