import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render } from '@testing-library/preact';
import { documentKind, OutcomeMessage, type Problem } from '@/components/OutcomeMessage';

afterEach(cleanup);

describe('OutcomeMessage', () => {
  it.each<[Problem, string, RegExp]>([
    [{ state: 'restricted', url: 'chrome://version' }, "Lede can't read this page", /Open a news article/],
    [{ state: 'file-access', url: 'file:///a.html' }, 'Lede needs your permission to read files', /chrome:\/\/extensions.*Details.*Allow access to file URLs/],
    [{ state: 'not-html', contentType: 'application/json' }, 'This is a JSON file, not a web page', /Open the page of the story/],
    [{ state: 'frameset', url: 'https://a.example/' }, 'This page is made of frames', /open the frame in a new tab/],
    [{ state: 'navigated', url: 'https://a.example/' }, 'The page changed while Lede was reading it', /Click Lede again/],
    [{ state: 'no-article', url: 'https://a.example/' }, 'No article found', /try anyway/i],
    [{ state: 'error', message: 'boom' }, 'Something went wrong', /boom/],
    [{ state: 'waiting', loading: true }, 'Waiting for the page to load', /as soon as it is ready/],
    [{ state: 'waiting', loading: false }, 'The page is busy', /reload the page/],
  ])('%o: says what happened and what to do', (problem, title, next) => {
    const { container } = render(<OutcomeMessage outcome={problem} onTryAnyway={() => {}} onTryAgain={() => {}} />);
    expect(container.querySelector('.status__title')!.textContent).toBe(title);
    expect(container.querySelector('.status__body')!.textContent).toMatch(next);
  });

  it('on a page that may be a file (Chromium hid which), also says how to allow files', () => {
    const maybe = render(<OutcomeMessage outcome={{ state: 'restricted', url: '', maybeFile: true }} onTryAnyway={() => {}} onTryAgain={() => {}} />);
    expect(maybe.container.querySelector('.status__title')!.textContent).toBe("Lede can't read this page");
    expect(maybe.container.querySelector('.status__body')!.textContent).toMatch(/file on this computer.*chrome:\/\/extensions.*Allow access to file URLs/);
    cleanup();
    const sure = render(<OutcomeMessage outcome={{ state: 'restricted', url: '' }} onTryAnyway={() => {}} onTryAgain={() => {}} />);
    expect(sure.container.querySelector('.status__body')!.textContent).not.toMatch(/file/);
  });

  it('offers "Try anyway" on a page with no article, with looser rules', () => {
    const onTryAnyway = vi.fn();
    const { getByText } = render(<OutcomeMessage outcome={{ state: 'no-article', url: '' }} onTryAnyway={onTryAnyway} onTryAgain={() => {}} />);
    fireEvent.click(getByText('Try anyway'));
    expect(onTryAnyway).toHaveBeenCalledOnce();
  });
});

describe('documentKind', () => {
  it.each([
    ['application/pdf', 'a PDF document'],
    ['image/svg+xml', 'an image'],
    ['application/ld+json', 'a JSON file'],
    ['text/xml', 'an XML file'],
    ['application/rss+xml', 'an XML file'],
    ['text/plain', 'a plain text file'],
    ['video/mp4', 'a media file'],
    ['application/octet-stream', 'a file'],
  ])('%s → %s', (type, kind) => {
    expect(documentKind(type)).toBe(kind);
  });
});
