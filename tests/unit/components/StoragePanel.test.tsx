import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render } from '@testing-library/preact';
import { StoragePanel, type StorageFigures } from '@/components/StoragePanel';

afterEach(cleanup);

const MB = 1024 * 1024;
const panel = (figures: StorageFigures, onCap = vi.fn()) =>
  render(
    <StoragePanel
      setting={{ enabled: true, capBytes: 20 * MB }}
      figures={figures}
      message={null}
      onToggle={() => {}}
      onCap={onCap}
      onDropImages={() => {}}
    />,
  );

describe('StoragePanel', () => {
  it('offers the per-article cap as a menu of sizes, the setting chosen, and reports a change in bytes', () => {
    const onCap = vi.fn();
    const { getByLabelText } = panel({ imageBytes: 0 }, onCap);
    const menu = getByLabelText('Most per article') as HTMLSelectElement;
    expect(Array.from(menu.options).map((o) => o.textContent)).toEqual(['1 MB', '2 MB', '5 MB', '10 MB', '20 MB', '50 MB', '100 MB']);
    expect(menu.value).toBe(String(20 * MB));
    fireEvent.change(menu, { target: { value: String(5 * MB) } });
    expect(onCap).toHaveBeenCalledWith(5 * MB);
  });

  it.each([
    ['some kept, some not', 2, 3, ', 2 of 3 images kept'],
    ['an article without images: no count', 0, 0, ''],
  ])('counts the selected article’s images: %s', (_, imagesKept, imagesTotal, expected) => {
    const { container } = panel({ imageBytes: 1000, current: { imageBytes: 1000, textLength: 2000, imagesKept, imagesTotal } });
    expect(container.querySelector('.storage-panel__current')!.textContent).toBe(
      `This article: 2.9 kB (images 1,000 bytes, text 2 kB)${expected}`,
    );
  });
});
