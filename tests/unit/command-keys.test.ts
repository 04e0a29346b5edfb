import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import { commandHint, commandKeys } from '@/utils/command-keys';

describe('browser-wide keys in the popup hint', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.restoreAllMocks();
  });

  it.each([
    ['both bound', { open: 'Alt+Shift+L', save: 'Alt+Shift+S' }, 'Alt+Shift+L opens Lede · Alt+Shift+S saves a page'],
    ['rebound by the user', { open: 'Ctrl+Shift+Y', save: 'Alt+Shift+S' }, 'Ctrl+Shift+Y opens Lede · Alt+Shift+S saves a page'],
    ['one removed', { open: 'Alt+Shift+L', save: '' }, 'Alt+Shift+L opens Lede · saving a page has no key set'],
  ])('%s', (_name, keys, hint) => {
    expect(commandHint(keys)).toBe(hint);
  });

  it("reads the current bindings from the browser's command list", async () => {
    vi.spyOn(browser.commands, 'getAll').mockResolvedValue([
      { name: 'save-page', shortcut: 'Alt+Shift+S', description: 'Save page to Lede' },
      { name: '_execute_action', shortcut: 'Ctrl+Shift+Y', description: '' },
    ] as never);
    expect(await commandKeys()).toEqual({ open: 'Ctrl+Shift+Y', save: 'Alt+Shift+S' });
  });
});
