import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render } from '@testing-library/preact';
import { LibraryItem } from '@/components/LibraryItem';
import { LibraryBar } from '@/components/LibraryBar';
import { LibraryNotice } from '@/components/LibraryNotice';
import { UndoToast } from '@/components/UndoToast';
import { makeSummary } from '../../helpers/summary';

afterEach(cleanup);

function item(overrides: Parameters<typeof makeSummary>[0] = {}, terms: string[] = [], selected = false) {
  const events = { onSelect: vi.fn(), onToggleRead: vi.fn(), onDelete: vi.fn() };
  const view = render(
    <LibraryItem summary={makeSummary(overrides)} terms={terms} selected={selected} focus={0} {...events} />,
  );
  return { ...view, ...events };
}

describe('LibraryItem', () => {
  it('shows title, site, saved date, reading time and excerpt, the title linking to the saved copy', () => {
    const { container } = item({ id: 'abc', readingMinutes: 4, savedAt: Date.UTC(2026, 10, 29, 12) });
    const link = container.querySelector<HTMLAnchorElement>('a.item__title')!;
    expect(link.textContent).toBe('Harbour plan approved');
    expect(link.getAttribute('href')).toBe('reader.html?saved=abc');
    const meta = container.querySelector('.item__meta')!.textContent!;
    expect(meta).toContain('The Daily Example');
    expect(meta).toContain(`Saved ${new Date(Date.UTC(2026, 10, 29, 12)).toLocaleDateString(undefined, { day: 'numeric', month: 'short', year: 'numeric' })}`);
    expect(meta).toContain('4 min read');
    expect(meta).toContain('Unread');
    expect(container.querySelector('.item__excerpt')!.textContent).toBe('The council approved the plan.');
  });

  it('renders stored markup as text, never as elements', () => {
    const { container } = item({ title: '<img src=x onerror=alert(1)> Plan', excerpt: '<script>alert(1)</script>' }, ['plan']);
    expect(container.querySelector('img, script')).toBeNull();
    expect(container.querySelector('.item__title')!.textContent).toBe('<img src=x onerror=alert(1)> Plan');
    expect(container.querySelector('.item__excerpt')!.textContent).toBe('<script>alert(1)</script>');
  });

  it('marks the searched words in the title and excerpt, and names matches found only in the text', () => {
    const { container } = item({}, ['harbour', 'council', 'spring']);
    const marks = [...container.querySelectorAll('mark')].map((mark) => mark.textContent);
    expect(marks).toEqual(['Harbour', 'spring', 'council']);
    expect(container.querySelector('.item__found')!.textContent).toContain('Found in the text: spring');
  });

  it('labels the read button by the state it will set, and reports clicks', () => {
    const read = item({ read: true });
    expect(read.container.querySelector('.item__read')!.textContent).toBe('Mark unread');
    expect(read.container.querySelector('.item__meta')!.textContent).toContain('Read');
    fireEvent.click(read.container.querySelector('.item__read')!);
    fireEvent.click(read.container.querySelector('.item__delete')!);
    expect(read.onToggleRead).toHaveBeenCalledOnce();
    expect(read.onDelete).toHaveBeenCalledOnce();
    cleanup();
    expect(item({ read: false }).container.querySelector('.item__read')!.textContent).toBe('Mark read');
  });

  it('puts only the selected row in the tab order, and selects a row that takes focus', () => {
    const other = item({}, [], false);
    expect(other.container.querySelector('a')!.tabIndex).toBe(-1);
    other.container.querySelector<HTMLAnchorElement>('a')!.focus();
    expect(other.onSelect).toHaveBeenCalled();
    cleanup();
    const selected = item({}, [], true);
    expect([...selected.container.querySelectorAll<HTMLElement>('a, button')].map((el) => el.tabIndex)).toEqual([0, 0, 0]);
  });

  it('gives the buttons the article as description, and the title its language', () => {
    const { container } = item({ id: 'x1', lang: 'fr', dir: 'ltr', title: 'Le port' });
    expect(container.querySelector('.item__delete')!.getAttribute('aria-describedby')).toBe('item-x1');
    expect(container.querySelector('#item-x1')!.getAttribute('lang')).toBe('fr');
  });
});

describe('LibraryBar', () => {
  it('reports typing and the chosen site, and lists each site with its count', () => {
    const onQuery = vi.fn();
    const onSite = vi.fn();
    const { container } = render(
      <LibraryBar query="" site={null} sites={[{ site: 'Alpha', count: 2 }, { site: 'Beta', count: 1 }]}
        summary="3 articles" onQuery={onQuery} onSite={onSite} />,
    );
    const input = container.querySelector<HTMLInputElement>('input[type=search]')!;
    expect(container.querySelector(`label[for=${input.id}]`)!.textContent).toBe('Search saved articles');
    fireEvent.input(input, { target: { value: 'harb' } });
    expect(onQuery).toHaveBeenCalledWith('harb');
    const select = container.querySelector('select')!;
    expect([...select.options].map((o) => o.textContent)).toEqual(['All sites', 'Alpha (2)', 'Beta (1)']);
    fireEvent.change(select, { target: { value: 'Beta' } });
    expect(onSite).toHaveBeenLastCalledWith('Beta');
    fireEvent.change(select, { target: { value: '' } });
    expect(onSite).toHaveBeenLastCalledWith(null);
    expect(container.querySelector('[role=status]')!.textContent).toBe('3 articles');
  });
});

describe('LibraryNotice', () => {
  it.each([
    ['empty', {}, 'Nothing saved yet', "Click Save in Lede's popup, or right-click a page → Save page to Lede."],
    ['no-matches', { query: ' harbor ' }, 'No saved article matches “harbor”', 'Check the spelling'],
    ['no-site', { site: 'Beta' }, 'No saved articles from Beta', 'Choose another site'],
  ] as const)('%s says what happened and what to do', (kind, props, title, advice) => {
    const { container } = render(<LibraryNotice kind={kind} {...props} onClearSearch={() => {}} onAllSites={() => {}} />);
    expect(container.querySelector('h1')!.textContent).toBe(title);
    expect(container.textContent).toContain(advice);
  });

  it('offers to clear the search and show all sites', () => {
    const onClearSearch = vi.fn();
    const onAllSites = vi.fn();
    const { getByText } = render(
      <LibraryNotice kind="no-matches" query="x" site="Beta" onClearSearch={onClearSearch} onAllSites={onAllSites} />,
    );
    fireEvent.click(getByText('Clear the search'));
    fireEvent.click(getByText('Show all sites'));
    expect(onClearSearch).toHaveBeenCalledOnce();
    expect(onAllSites).toHaveBeenCalledOnce();
  });
});

describe('UndoToast', () => {
  it('keeps an empty live region in the page, then shows the message with Undo and Dismiss', () => {
    const onUndo = vi.fn();
    const onDismiss = vi.fn();
    const { container, rerender } = render(<UndoToast message={null} onDismiss={onDismiss} />);
    expect(container.querySelector('[role=status]')!.textContent).toBe('');
    rerender(<UndoToast message="Deleted “Harbour plan”." onUndo={onUndo} onDismiss={onDismiss} />);
    expect(container.querySelector('.toast__message')!.textContent).toBe('Deleted “Harbour plan”.');
    fireEvent.click(container.querySelector('.toast__undo')!);
    fireEvent.click(container.querySelector('.toast__dismiss')!);
    expect(onUndo).toHaveBeenCalledOnce();
    expect(onDismiss).toHaveBeenCalledOnce();
  });

  it('announces a failure as an alert, with no Undo', () => {
    const { container } = render(<UndoToast message="Lede couldn't delete it" error onDismiss={() => {}} />);
    expect(container.querySelector('[role=alert] .toast--error')).not.toBeNull();
    expect(container.querySelector('.toast__undo')).toBeNull();
  });
});
