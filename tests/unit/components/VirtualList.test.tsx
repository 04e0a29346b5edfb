// jsdom lays nothing out, so the viewport and row heights are given here as a browser would report them.
// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render } from '@testing-library/preact';
import { VirtualList } from '@/components/VirtualList';

const ROW = 100;
const VIEWPORT = 500;

beforeEach(() => {
  Object.defineProperty(HTMLElement.prototype, 'clientHeight', {
    configurable: true,
    get() { return (this as HTMLElement).classList.contains('vlist') ? VIEWPORT : 0; },
  });
  HTMLElement.prototype.getBoundingClientRect = function () {
    return { height: this.tagName === 'LI' ? ROW : 0 } as DOMRect;
  };
});
afterEach(() => {
  cleanup();
  delete (HTMLElement.prototype as { clientHeight?: number }).clientHeight;
});

function list(count: number, props: { activeIndex?: number; overscan?: number } = {}) {
  return render(
    <VirtualList
      count={count}
      label="Saved articles"
      rowKey={(i) => `row-${i}`}
      rowClass={() => 'row'}
      renderRow={(i) => <span>Article {i}</span>}
      estimatedRowHeight={ROW}
      overscan={2}
      {...props}
    />,
  );
}

const shown = (container: Element) => [...container.querySelectorAll('li')].map((li) => Number(li.getAttribute('aria-posinset')) - 1);

describe('VirtualList', () => {
  it('renders only the rows in the viewport and the overscan, in a spacer as tall as all rows', () => {
    const { container } = list(10_000);
    expect(shown(container)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]); // 5 visible + 2 overscan (+ the partial one)
    expect(container.querySelector('ul')!.style.height).toBe(`${10_000 * ROW}px`);
    const first = container.querySelector('li')!;
    expect(first.getAttribute('aria-setsize')).toBe('10000');
    expect(container.querySelector('ul')!.getAttribute('aria-label')).toBe('Saved articles');
  });

  it('moves the window as the list scrolls, placing each row at its offset', () => {
    const { container } = list(10_000);
    const viewport = container.querySelector('.vlist')!;
    viewport.scrollTop = 5_000 * ROW;
    fireEvent.scroll(viewport);
    expect(shown(container)).toEqual([4998, 4999, 5000, 5001, 5002, 5003, 5004, 5005, 5006, 5007]);
    const row = [...container.querySelectorAll('li')].find((li) => li.textContent === 'Article 5000')!;
    expect(row.style.transform).toBe(`translateY(${5000 * ROW}px)`);
  });

  it('keeps the active row rendered even when it is far from the window, and scrolls it into view', () => {
    const { container, rerender } = list(10_000, { activeIndex: 0 });
    const viewport = container.querySelector('.vlist')!;
    viewport.scrollTop = 3_000 * ROW;
    fireEvent.scroll(viewport);
    expect(shown(container)).toContain(0);
    rerender(
      <VirtualList count={10_000} label="Saved articles" rowKey={(i) => `row-${i}`} rowClass={() => 'row'}
        renderRow={(i) => <span>Article {i}</span>} estimatedRowHeight={ROW} overscan={2} activeIndex={9_999} />,
    );
    expect(viewport.scrollTop).toBe(9_999 * ROW + ROW - VIEWPORT);
  });

  it('renders short lists whole', () => {
    const { container } = list(3);
    expect(shown(container)).toEqual([0, 1, 2]);
  });

  it('renders nothing for no rows', () => {
    const { container } = list(0);
    expect(container.querySelectorAll('li')).toHaveLength(0);
  });
});
