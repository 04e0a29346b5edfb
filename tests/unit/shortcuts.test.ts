import { describe, expect, it } from 'vitest';
import { shortcutFor } from '@/utils/shortcuts';

function key(key: string, target: EventTarget | null = document.body, mods: Partial<KeyboardEvent> = {}) {
  return { key, target, ctrlKey: false, metaKey: false, altKey: false, defaultPrevented: false, ...mods };
}

function element(html: string): Element {
  const div = document.createElement('div');
  div.innerHTML = html;
  document.body.append(div);
  return div.firstElementChild!;
}

describe('shortcutFor', () => {
  it.each([
    ['c', 'captions'],
    ['C', 'captions'],
    ['t', 'tab'],
    ['s', 'save'],
    ['S', 'save'],
    ['Escape', 'close'],
    ['x', null],
    ['Enter', null],
  ])('reads %s as %s', (pressed, expected) => {
    expect(shortcutFor(key(pressed))).toBe(expected);
  });

  it.each([['ctrlKey'], ['metaKey'], ['altKey'], ['defaultPrevented']])('ignores keys with %s', (flag) => {
    expect(shortcutFor(key('c', document.body, { [flag]: true }))).toBeNull();
  });

  it.each([
    ['<input type="text">'],
    ['<textarea></textarea>'],
    ['<select><option>a</option></select>'],
    ['<div contenteditable="true"><span>x</span></div>'],
  ])('leaves typing in %s alone', (html) => {
    const target = element(html);
    expect(shortcutFor(key('c', target))).toBeNull();
    expect(shortcutFor(key('c', target.querySelector('span') ?? target))).toBeNull();
  });

  it('still works with focus on a button or the article', () => {
    expect(shortcutFor(key('c', element('<button>Aa</button>')))).toBe('captions');
    expect(shortcutFor(key('t', element('<article tabindex="-1"></article>')))).toBe('tab');
  });
});
