import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render } from '@testing-library/preact';
import { CaptionView, photoCountLabel } from '@/components/CaptionView';
import { GALLERIES } from '../../helpers/article';

afterEach(cleanup);

describe('CaptionView', () => {
  it('groups the captions under each gallery, in page order, with title and photo count', () => {
    const { container } = render(<CaptionView galleries={GALLERIES} />);
    const groups = [...container.querySelectorAll('.gallery')].map((gallery) => ({
      title: gallery.querySelector('.gallery__title')?.textContent,
      count: gallery.querySelector('.gallery__count')?.textContent,
      captions: [...gallery.querySelectorAll('.caption__text')].map((caption) => caption.textContent),
    }));
    expect(groups).toEqual([
      {
        title: 'Ambassador killed in gallery shooting',
        count: '9 photos',
        captions: [
          'The ambassador at the airport. REUTERS/Osman Orsal',
          'A photo session at the embassy.',
          'An interview in Ankara. AGENCY/Photographer',
        ],
      },
      {
        title: 'Gallery 2',
        count: '15 photos',
        captions: ['Police at the scene. REUTERS/Umit Bektas', 'Flowers at the embassy gate.'],
      },
    ]);
  });

  it('sets each credit apart so it can be styled as a credit', () => {
    const { container } = render(<CaptionView galleries={GALLERIES} />);
    const credits = [...container.querySelectorAll('.caption__credit')].map((credit) => credit.textContent?.trim());
    expect(credits).toEqual(['REUTERS/Osman Orsal', 'AGENCY/Photographer', 'REUTERS/Umit Bektas']);
  });

  it('shows thumbnails only for http(s) image URLs, lazily and without a referrer', () => {
    const { container } = render(<CaptionView galleries={GALLERIES} />);
    const thumbs = [...container.querySelectorAll('img')];
    expect(thumbs.map((img) => img.getAttribute('src'))).toEqual(['https://img.example/1.jpg', 'http://img.example/2.jpg']);
    for (const img of thumbs) {
      expect(img.getAttribute('loading')).toBe('lazy');
      expect(img.getAttribute('referrerpolicy')).toBe('no-referrer');
      expect(img.getAttribute('alt')).toBe('');
    }
  });

  it('drops a thumbnail that fails to load instead of showing a broken image', () => {
    const { container } = render(<CaptionView galleries={GALLERIES} />);
    fireEvent.error(container.querySelector('img')!);
    expect([...container.querySelectorAll('img')].map((img) => img.getAttribute('src'))).toEqual(['http://img.example/2.jpg']);
    expect(container.querySelectorAll('.caption')).toHaveLength(5);
  });

  it('shows a stored copy that arrives after the remote thumbnail failed (a saved article read offline)', () => {
    const { container, rerender } = render(<CaptionView galleries={GALLERIES} />);
    const remote = container.querySelector('img')!.getAttribute('src')!;
    fireEvent.error(container.querySelector('img')!);
    rerender(<CaptionView galleries={GALLERIES} localImages={new Map([[remote, 'blob:chrome-extension://x/1']])} />);
    expect([...container.querySelectorAll('img')].map((img) => img.getAttribute('src'))).toEqual([
      'blob:chrome-extension://x/1',
      'http://img.example/2.jpg',
    ]);
  });

  it('renders caption text as text, never as markup', () => {
    const hostile = [{ title: '<b>Bold</b>', photoCount: 1, captions: [{ text: '<img src=x onerror=alert(1)>' }] }];
    const { container } = render(<CaptionView galleries={hostile} />);
    expect(container.querySelector('.gallery__title')?.textContent).toBe('<b>Bold</b>');
    expect(container.querySelector('.caption__text')?.textContent).toBe('<img src=x onerror=alert(1)>');
    expect(container.querySelector('.caption img, .gallery b')).toBeNull();
  });

  it.each([
    [1, '1 photo'],
    [9, '9 photos'],
    [0, '0 photos'],
  ])('labels %i as "%s"', (count, label) => {
    expect(photoCountLabel(count)).toBe(label);
  });
});
