import { describe, expect, it } from 'vitest';
import { keyPlace, libraryAction, type KeyPlace } from '@/utils/library-keys';

const key = (k: string, mods: Partial<Record<'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey', boolean>> = {}) => ({
  key: k, ctrlKey: false, metaKey: false, altKey: false, shiftKey: false, defaultPrevented: false, ...mods,
});

describe('libraryAction', () => {
  it.each<[string, KeyPlace, ReturnType<typeof libraryAction>, object?]>([
    ['/', 'page', 'search'],
    ['/', 'list', 'search'],
    ['/', 'search', null], // typed into the box
    ['/', 'field', null],
    ['ArrowDown', 'search', 'next'],
    ['ArrowDown', 'list', 'next'],
    ['ArrowUp', 'list', 'previous'],
    ['j', 'list', 'next'],
    ['k', 'page', 'previous'],
    ['j', 'search', null],
    ['ArrowDown', 'field', null], // the site filter's own arrows
    ['ArrowDown', 'control', null],
    ['Home', 'list', 'first'],
    ['End', 'list', 'last'],
    ['Home', 'search', null],
    ['Enter', 'search', 'open'],
    ['Enter', 'page', 'open'],
    ['Enter', 'list', null], // the focused link or button does it
    ['Delete', 'list', 'delete'],
    ['Backspace', 'list', 'delete'],
    ['Delete', 'search', null],
    ['Delete', 'control', null],
    ['Escape', 'search', 'clear'],
    ['z', 'list', 'undo', { ctrlKey: true }],
    ['z', 'page', 'undo', { metaKey: true }],
    ['z', 'search', null, { ctrlKey: true }],
    ['z', 'list', null, { ctrlKey: true, shiftKey: true }],
    ['ArrowDown', 'list', null, { altKey: true }],
    ['/', 'page', null, { ctrlKey: true }],
  ])('%s in %s → %s', (k, place, action, mods) => {
    expect(libraryAction(key(k, mods), place)).toBe(action);
  });

  it('leaves a key alone that something else handled', () => {
    expect(libraryAction({ ...key('/'), defaultPrevented: true }, 'page')).toBeNull();
  });
});

describe('keyPlace', () => {
  it('tells the search box, fields, the list, other controls and the page apart', () => {
    document.body.innerHTML = `<input id="s" type="search"><select id="f"></select>
      <div class="vlist"><a id="l" href="#">x</a></div><button id="b">Undo</button><p id="p">text</p>`;
    const search = document.getElementById('s');
    const at = (id: string) => keyPlace(document.getElementById(id), search);
    expect([at('s'), at('f'), at('l'), at('b'), at('p')]).toEqual(['search', 'field', 'list', 'control', 'page']);
    expect(keyPlace(null, search)).toBe('page');
  });
});
