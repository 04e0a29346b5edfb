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
