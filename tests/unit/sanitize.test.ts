// DOMPurify needs a complete DOM (it refuses to run on happy-dom); jsdom is one.
// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { sanitizeHtml } from '@/utils/sanitize';

function parse(html: string): HTMLElement {
  const div = document.createElement('div');
  div.innerHTML = sanitizeHtml(html);
  return div;
}

describe('sanitizeHtml', () => {
  it('drops scripts, event handlers and javascript: URLs', () => {
    const div = parse(
      '<p>Text <img src="x" onerror="alert(1)"><a href="javascript:alert(2)">a</a></p><script>alert(3)</script>' +
        '<svg><a href="javascript:alert(4)"><text>t</text></a></svg><iframe src="https://evil.example"></iframe>',
    );
    const html = div.innerHTML;
    expect(html).not.toMatch(/onerror|javascript:|<script|<iframe/i);
    expect(div.querySelector('p')?.textContent).toBe('Text a');
  });

  it('keeps figures, images and links, and sends links to a new tab', () => {
    const div = parse(
      '<figure><img src="https://example.com/a.jpg" alt="A"><figcaption>Caption</figcaption></figure>' +
        '<p><a href="https://example.com/story">story</a></p>',
    );
    const img = div.querySelector('img')!;
    expect(img.getAttribute('src')).toBe('https://example.com/a.jpg');
    expect(img.getAttribute('referrerpolicy')).toBe('no-referrer');
    expect(div.querySelector('figcaption')?.textContent).toBe('Caption');
    const link = div.querySelector('a')!;
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
  });

  it('strips page styling and form controls', () => {
    const div = parse('<p class="x" style="color:red" id="y">Hi</p><form><input><button>Go</button></form><style>p{}</style>');
    expect(div.querySelector('p')!.outerHTML).toBe('<p>Hi</p>');
    expect(div.querySelectorAll('form, input, button, style')).toHaveLength(0);
  });
});
