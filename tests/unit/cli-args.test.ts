import { describe, expect, it } from 'vitest';
import { parseCliArgs, UsageError } from '@/utils/cli/args';
import { asHtml, InputError, isWebUrl } from '@/utils/cli/load-input';

describe('parseCliArgs', () => {
  it.each([
    [['a.html'], { inputs: ['a.html'], format: 'markdown', lenient: false, help: false, url: undefined }],
    [['a.html', 'https://x.test/', '--json'], { inputs: ['a.html', 'https://x.test/'], format: 'json' }],
    [['--html', 'a.html'], { format: 'html' }],
    [['--markdown', 'a.html', '--url', 'https://x.test/p'], { format: 'markdown', url: 'https://x.test/p' }],
    [['--lenient', 'a.html'], { lenient: true }],
    [['-h'], { help: true, inputs: [] }],
  ])('%j', (argv, expected) => expect(parseCliArgs(argv)).toMatchObject(expected));

  it.each([
    [[], 'no input: give an HTML file or an http(s) URL'],
    [['--json', '--markdown', 'a.html'], 'choose one of --json, --markdown'],
    [['--url', 'not a url', 'a.html'], '--url: not a URL: not a url'],
    [['--url', 'https://x.test/', 'a.html', 'b.html'], '--url applies to a single input'],
    [['--frobnicate', 'a.html'], /Unknown option '--frobnicate'/],
  ])('refuses %j', (argv, message) => {
    expect(() => parseCliArgs(argv)).toThrow(UsageError);
    expect(() => parseCliArgs(argv)).toThrow(message);
  });
});

describe('asHtml', () => {
  const bytes = (text: string) => new TextEncoder().encode(text);

  it.each([
    ['<!DOCTYPE html><p>é</p>', '<!DOCTYPE html><p>é</p>'],
    ['\uFEFF  \n<html><p>x</p></html>', '  \n<html><p>x</p></html>'],
    ['<!-- comment --><p>x</p>', '<!-- comment --><p>x</p>'],
  ])('reads %j as HTML', (text, html) => expect(asHtml(bytes(text))).toBe(html));

  it('honours a declared charset', () => {
    const latin1 = Uint8Array.from([...'<meta charset="iso-8859-1"><p>caf'].map((c) => c.charCodeAt(0)).concat(0xe9));
    expect(asHtml(latin1)).toBe('<meta charset="iso-8859-1"><p>café');
    expect(asHtml(Uint8Array.from([0x3c, 0x70, 0x3e, 0xe9]), 'windows-1252')).toBe('<p>é');
  });

  /** Bytes from hex pairs and ASCII text. */
  const raw = (...parts: (string | number[])[]) =>
    Uint8Array.from(parts.flatMap((part) => (typeof part === 'string' ? [...part].map((c) => c.charCodeAt(0)) : part)));
  const utf16le = (text: string) => Uint8Array.from([0xff, 0xfe, ...[...text].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8])]);

  // As browsers decode (WHATWG Encoding and HTML's prescan): BOM, then header, then <meta>, then the bytes themselves.
  it.each([
    ['a UTF-8 BOM over a header that says otherwise', raw([0xef, 0xbb, 0xbf], '<p>caf', [0xc3, 0xa9]), 'windows-1252', '<p>café'],
    ['a UTF-16LE BOM', utf16le('<p>café</p>'), undefined, '<p>café</p>'],
    ['the header over <meta>', raw('<meta charset="utf-8"><p>caf', [0xe9]), 'iso-8859-1', '<meta charset="utf-8"><p>café'],
    ['an http-equiv charset', raw('<meta http-equiv="Content-Type" content="text/html; charset=windows-1251"><p>', [0xcf, 0xf0, 0xe8]), undefined, '<meta http-equiv="Content-Type" content="text/html; charset=windows-1251"><p>При'],
    ['Shift_JIS', raw('<meta charset="shift_jis"><p>', [0x93, 0xfa, 0x96, 0x7b]), undefined, '<meta charset="shift_jis"><p>日本'],
    ['<meta> claiming UTF-16 in an 8-bit page (read as UTF-8)', raw('<meta charset="utf-16"><p>caf', [0xc3, 0xa9]), undefined, '<meta charset="utf-16"><p>café'],
    ['an unknown label (falls through to the bytes)', raw('<meta charset="klingon"><p>caf', [0xc3, 0xa9]), 'x-nonsense', '<meta charset="klingon"><p>café'],
    ['no charset, valid UTF-8', raw('<p>caf', [0xc3, 0xa9]), undefined, '<p>café'],
    ['no charset, not UTF-8 (windows-1252)', raw('<p>caf', [0xe9], ' ', [0x93], 'quoted', [0x94]), undefined, '<p>café “quoted”'],
    ['a <meta charset> past the first 1024 bytes, bytes not UTF-8 (the parser\'s change of encoding)', raw('<script>', ' '.repeat(1100), '</script><meta charset="windows-1250"><p>Ci', [0xea, 0xbf], 'ar'), undefined, `<script>${' '.repeat(1100)}</script><meta charset="windows-1250"><p>Ciężar`],
    ['a late <meta charset> over bytes that are UTF-8 (kept as UTF-8)', raw('<script>', ' '.repeat(1100), '</script><meta charset="windows-1250"><p>caf', [0xc3, 0xa9]), undefined, `<script>${' '.repeat(1100)}</script><meta charset="windows-1250"><p>café`],
    ['a <meta charset> in the body, bytes not UTF-8 (windows-1252)', raw('<p>', ' '.repeat(1100), '<body><meta charset="windows-1250"><p>caf', [0xe9]), undefined, `<p>${' '.repeat(1100)}<body><meta charset="windows-1250"><p>café`],
    ['a stray NUL in the page', raw('<p>a', [0], 'b</p>'), undefined, '<p>a\0b</p>'],
  ])('decodes %s', (_, bytes, header, html) => expect(asHtml(bytes, header)).toBe(html));

  it.each([
    ['{"title": "x"}', 'not HTML (does not start with markup)'],
    ['plain text', 'not HTML (does not start with markup)'],
    ['\x89PNG\r\n\x1a\n\0\0\0', 'not HTML (binary data)'],
  ])('refuses %j', (text, message) => {
    expect(() => asHtml(bytes(text))).toThrow(InputError);
    expect(() => asHtml(bytes(text))).toThrow(message);
  });

  it.each([
    ['https://x.test/', true],
    ['HTTP://x.test/', true],
    ['file.html', false],
    ['ftp://x.test/', false],
  ])('isWebUrl(%j) = %j', (input, web) => expect(isWebUrl(input)).toBe(web));
});
