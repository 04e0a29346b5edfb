import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render } from '@testing-library/preact';
import { SaveButton, SaveNotice } from '@/components/SaveControl';
import type { SaveStatus } from '@/utils/use-save';

afterEach(cleanup);

const SAVED_AT = Date.UTC(2026, 2, 3, 12);

describe('SaveButton', () => {
  it.each<[SaveStatus, string, boolean]>([
    [{ state: 'checking' }, 'Save', false],
    [{ state: 'unsaved' }, 'Save', false],
    [{ state: 'saving' }, 'Saving…', true],
    [{ state: 'removing' }, 'Save', true],
    [{ state: 'saved', savedAt: SAVED_AT, justNow: true }, 'Update', false],
    [{ state: 'removed' }, 'Save', false],
    [{ state: 'failed', message: 'Disk full.' }, 'Save', false],
  ])('in state %o reads %s (disabled: %s)', (status, label, disabled) => {
    const onSave = vi.fn();
    const { getByRole } = render(<SaveButton status={status} onSave={onSave} />);
    const button = getByRole('button');
    expect(button.textContent).toBe(label);
    expect((button as HTMLButtonElement).disabled).toBe(disabled);
    fireEvent.click(button);
    expect(onSave).toHaveBeenCalledTimes(disabled ? 0 : 1);
  });
});

describe('SaveNotice', () => {
  function renderNotice(status: SaveStatus) {
    const onOpenLibrary = vi.fn();
    const onRemove = vi.fn();
    const view = render(<SaveNotice status={status} onOpenLibrary={onOpenLibrary} onRemove={onRemove} />);
    const buttons = [...view.container.querySelectorAll('button')];
    return { ...view, onOpenLibrary, onRemove, buttons };
  }

  it('after a save says Saved and offers Open library and Remove', () => {
    const { container, buttons, onOpenLibrary, onRemove } = renderNotice({ state: 'saved', savedAt: SAVED_AT, justNow: true });
    expect(container.querySelector('[role=status]')?.textContent).toBe('Saved to your library.Open libraryRemove');
    expect(buttons.map((b) => b.textContent)).toEqual(['Open library', 'Remove']);
    fireEvent.click(buttons[0]);
    fireEvent.click(buttons[1]);
    expect(onOpenLibrary).toHaveBeenCalledOnce();
    expect(onRemove).toHaveBeenCalledOnce();
  });

  it('on a page saved before says since when', () => {
    const { container } = renderNotice({ state: 'saved', savedAt: SAVED_AT, justNow: false });
    expect(container.textContent).toMatch(/^In your library since .*2026\./);
  });

  it('keeps an empty live region while there is nothing to say', () => {
    const { container, buttons } = renderNotice({ state: 'unsaved' });
    expect(container.querySelector('[role=status]')?.textContent).toBe('');
    expect(buttons).toEqual([]);
  });

  it('says a failure as an alert, with the reason', () => {
    const { getByRole } = renderNotice({ state: 'failed', message: 'There is no room left to save articles.' });
    expect(getByRole('alert').textContent).toBe('Not saved. There is no room left to save articles.');
  });

  it('confirms a removal', () => {
    const { container } = renderNotice({ state: 'removed' });
    expect(container.textContent).toBe('Removed from your library.');
  });
});
