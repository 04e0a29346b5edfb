import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render } from '@testing-library/preact';
import { notHtmlTitle, OutcomeMessage, type Problem } from '@/components/OutcomeMessage';

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

describe('notHtmlTitle', () => {
  it.each([
    ['application/pdf', 'This is a PDF document, not a web page'],
    ['image/svg+xml', 'This is an image, not a web page'],
    ['application/ld+json', 'This is a JSON file, not a web page'],
    ['text/xml', 'This is an XML file, not a web page'],
    ['application/rss+xml', 'This is an XML file, not a web page'],
    ['text/plain', 'This is a plain text file, not a web page'],
    ['video/mp4', 'This is a media file, not a web page'],
    ['application/octet-stream', 'This is a file, not a web page'],
  ])('%s → %s', (type, title) => {
    expect(notHtmlTitle(type)).toBe(title);
  });
});
