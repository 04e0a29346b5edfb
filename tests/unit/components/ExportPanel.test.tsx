import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, waitFor } from '@testing-library/preact';
import { ExportPanel } from '@/components/ExportPanel';
import type { SavedSummary } from '@/utils/library';

afterEach(cleanup);

const summary = (id: string) => ({ id, title: `Title ${id}` }) as SavedSummary;
const options = (select: HTMLSelectElement) =>
  Array.from(select.options).map((o) => `${o.value}:${o.textContent}${o.disabled ? ' (disabled)' : ''}`);

describe('ExportPanel', () => {
  it.each([
    ['a selected row, no filter', summary('a'), 3, 3, ['one:this article', 'all:all 3 articles'], 'one'],
    ['a filter', summary('a'), 2, 5, ['one:this article', 'listed:the 2 listed articles', 'all:all 5 articles'], 'one'],
    ['no selected row', null, 3, 3, ['one:this article (disabled)', 'all:all 3 articles'], 'all'],
    ['no selected row, a filter', null, 1, 3, ['one:this article (disabled)', 'listed:the 1 listed article', 'all:all 3 articles'], 'listed'],
  ])('offers the right scopes with %s', (_name, current, listed, total, expected, chosen) => {
    const listedRows = Array.from({ length: listed }, (_, i) => summary(String(i)));
    const { container } = render(
      <ExportPanel current={current} listed={listedRows} total={total} onImported={() => {}} onMessage={() => {}} />,
    );
    const scope = container.querySelector('select')!;
    expect(options(scope)).toEqual(expected);
    expect(scope.value).toBe(chosen);
  });

  it('reports a file that is not a backup, and that nothing changed', async () => {
    const onMessage = vi.fn();
    const onImported = vi.fn();
    const { container } = render(
      <ExportPanel current={null} listed={[]} total={0} onImported={onImported} onMessage={onMessage} />,
    );
    const input = container.querySelector<HTMLInputElement>('input[type=file]')!;
    const file = new File(['{"format":"lede-backup","version":1,"articles":['], 'cut.json', { type: 'application/json' });
    Object.defineProperty(input, 'files', { value: [file] });
    fireEvent.change(input);
    await waitFor(() => expect(onMessage).toHaveBeenCalled(), { timeout: 10_000 });
    const [message, error] = onMessage.mock.calls[0];
    expect(error).toBe(true);
    expect(message).toMatch(/^Import failed: The file ends early: it looks truncated\..* Nothing in your library was changed\.$/);
    expect(onImported).not.toHaveBeenCalled();
  });
});
