// ArticleView sanitises the body with DOMPurify, which needs jsdom (it refuses happy-dom).
// @vitest-environment jsdom
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render } from '@testing-library/preact';
import { ReaderScreen } from '@/components/ReaderScreen';
import { DEFAULT_SETTINGS, type Settings } from '@/utils/settings';
import { loadSanitizer } from '@/utils/sanitizer-loader';
import { GALLERIES, makeArticle } from '../../helpers/article';

// The sanitiser loads on first use; the popup and the reader start loading it before the article
// arrives, so the body is filled in the same render, as here.
beforeAll(() => loadSanitizer());
afterEach(cleanup);

function renderScreen(overrides: { article?: Parameters<typeof makeArticle>[0]; settings?: Partial<Settings> } = {}) {
  const onChange = vi.fn();
  const onOpenTab = vi.fn();
  const view = render(
    <ReaderScreen
      article={makeArticle(overrides.article)}
      settings={{ ...DEFAULT_SETTINGS, ...overrides.settings }}
      onChange={onChange}
      onOpenTab={onOpenTab}
    />,
  );
  const toggle = view.container.querySelector<HTMLButtonElement>('[role=switch]')!;
  return { ...view, onChange, onOpenTab, toggle };
}

describe('ReaderScreen', () => {
  it('renders the metadata as text: a title with markup shows literally', () => {
    const { container } = renderScreen({
      article: { title: 'Breaking <img src=x onerror="window.__pwned=1">', byline: '<b>Staff</b>', siteName: '<i>Site</i>' },
    });
    expect(container.querySelector('.article__title')?.textContent).toBe('Breaking <img src=x onerror="window.__pwned=1">');
    expect(container.querySelector('.article__byline')?.textContent).toBe('<b>Staff</b>');
    expect(container.querySelector('.article__site')?.textContent).toBe('<i>Site</i>');
    expect(container.querySelector('header img, header b, header i')).toBeNull();
  });

  it('shows site, title, byline, date and reading time, and the sanitised body', () => {
    const { container } = renderScreen({
      article: { contentHtml: '<p>Safe text</p><img src="https://img.example/a.jpg" onerror="alert(1)"><script>alert(2)</script>', readingMinutes: 4 },
    });
    expect(container.querySelector('.article__site')?.textContent).toBe('The Daily Example');
    expect(container.querySelector('.article__byline')?.textContent).toBe('Jo Reporter');
    expect(container.querySelector('time')?.getAttribute('datetime')).toBe('2016-12-19T16:00:00Z');
    expect(container.querySelector('.article__reading')?.textContent).toBe('4 min read');
    const body = container.querySelector('.article__body')!;
    expect(body.textContent).toBe('Safe text');
    expect(body.innerHTML).not.toMatch(/onerror|<script/);
  });

  it.each([
    ['https://news.example/harbour', 'https://news.example/harbour'],
    ['javascript:alert(1)', null],
  ])('links the original page %s only when it is http(s)', (url, href) => {
    const { container } = renderScreen({ article: { url } });
    expect(container.querySelector('.article__source')?.getAttribute('href') ?? null).toBe(href);
  });

  it('says there are no galleries, with the switch disabled, rather than hiding it', () => {
    const { toggle, container } = renderScreen({ settings: { showCaptions: true } });
    expect(toggle.textContent).toBe('No photo galleries on this page');
    expect(toggle.disabled).toBe(true);
    expect(toggle.getAttribute('aria-checked')).toBe('false');
    expect(container.querySelector('.captions')).toBeNull();
  });

  it('hides the captions while the setting is off and asks to turn it on when toggled', () => {
    const { toggle, container, onChange } = renderScreen({ article: { galleries: GALLERIES } });
    expect(toggle.getAttribute('aria-checked')).toBe('false');
    expect(toggle.textContent).toBe('Captions (2 galleries)');
    expect(container.querySelector('.captions')).toBeNull();
    fireEvent.click(toggle);
    expect(onChange).toHaveBeenCalledWith({ showCaptions: true });
  });

  it('shows the captions after the story when the setting is on', () => {
    const { toggle, container, onChange } = renderScreen({ article: { galleries: GALLERIES }, settings: { showCaptions: true } });
    expect(toggle.getAttribute('aria-checked')).toBe('true');
    expect(container.querySelectorAll('.gallery')).toHaveLength(2);
    expect(container.querySelector('.article__body + .captions')).not.toBeNull();
    fireEvent.click(toggle);
    expect(onChange).toHaveBeenCalledWith({ showCaptions: false });
  });

  it('opens the settings panel and reports a picked theme, font, size and line length', () => {
    const { container, getByText, onChange } = renderScreen();
    const aa = container.querySelector<HTMLButtonElement>('.toolbar__settings')!;
    expect(aa.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(aa);
    expect(aa.getAttribute('aria-expanded')).toBe('true');
    fireEvent.click(container.querySelector('input[name=theme][value=sepia]')!);
    fireEvent.click(container.querySelector('input[name=font][value=sans]')!);
    fireEvent.click(getByText('Larger text').closest('button')!);
    fireEvent.click(container.querySelector('input[name=width][value=wide]')!);
    expect(onChange.mock.calls).toEqual([[{ theme: 'sepia' }], [{ font: 'sans' }], [{ textSize: 18 }], [{ width: 'wide' }]]);
  });

  it('offers the tab reader only where a handler is given', () => {
    const { container, onOpenTab } = renderScreen();
    fireEvent.click(container.querySelector('.toolbar__tab')!);
    expect(onOpenTab).toHaveBeenCalledOnce();
    cleanup();
    const { container: inTab } = render(
      <ReaderScreen article={makeArticle()} settings={DEFAULT_SETTINGS} onChange={() => {}} />,
    );
    expect(inTab.querySelector('.toolbar__tab')).toBeNull();
  });

  it('puts focus on the article when asked, so the keyboard scrolls the story', () => {
    const { container } = render(
      <ReaderScreen article={makeArticle()} settings={DEFAULT_SETTINGS} onChange={() => {}} autoFocus />,
    );
    expect(document.activeElement).toBe(container.querySelector('.article'));
  });
});
