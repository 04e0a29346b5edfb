/**
 * The story kept in a <noscript> (utils/extract/noscript.ts): read when what
 * the page shows without its scripts is not an article, whether the parser
 * kept the <noscript>'s content as elements (no scripting, as the command
 * line) or as text (a browser that runs scripts).
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '@/utils/extract';
import { noscriptBlock } from '@/utils/extract/noscript';
import { squash } from '@/utils/extract/dom';
import { loadFixture, parsePage } from '../helpers/page';

const STORY = [
  'Der Gemeinderat hat am Dienstagabend den Bau einer neuen Sporthalle neben der Grundschule beschlossen, die Halle soll 2026 fertig sein.',
  'Die Kosten von rund acht Millionen Euro teilen sich die Gemeinde und der Landkreis, das Land gibt einen Zuschuss aus dem Schulbauprogramm.',
  'Vereine hatten seit Jahren über fehlende Hallenzeiten geklagt, die alte Turnhalle ist zudem seit dem Winter wegen Schäden am Dach gesperrt.',
  'Während der Bauzeit trainieren die Mannschaften in der Halle der Nachbargemeinde, die Busse dorthin bezahlt die Gemeinde.',
];
const paragraphs = STORY.map((s) => `<p>${s}</p>`).join('');

describe('noscriptBlock', () => {
  it('reads a <noscript> parsed as elements', () => {
    const doc = parsePage(`<body><div class="post"><noscript>${paragraphs}</noscript></div></body>`, 'https://example.de/');
    expect(squash(noscriptBlock(doc)?.textContent)).toBe(STORY.join(''));
  });

  it('reads a <noscript> kept as text, as a browser that runs scripts keeps it', () => {
    const doc = parsePage('<body><div class="post"><noscript></noscript></div></body>', 'https://example.de/');
    doc.querySelector('noscript')!.textContent = paragraphs;
    const block = noscriptBlock(doc);
    expect(block?.querySelectorAll('p')).toHaveLength(4);
    expect(squash(block?.textContent)).toBe(STORY.join(''));
  });

  it.each([
    ['an image fallback', '<noscript><img src="/a.jpg" alt="Sporthalle"></noscript>'],
    ['an "enable JavaScript" line', '<noscript><p>Bitte aktivieren Sie JavaScript, um diese Seite vollständig zu nutzen.</p></noscript>'],
    ['no <noscript>', `<div>${paragraphs}</div>`],
  ])('finds nothing in %s', (_, html) => {
    expect(noscriptBlock(parsePage(`<body>${html}</body>`, 'https://example.de/'))).toBeNull();
  });

  it('takes the <noscript> with the most text', () => {
    const doc = parsePage(`<body><noscript><p>${STORY[0]} ${STORY[1]} ${STORY[2]} ${STORY[3]}</p></noscript><noscript>${paragraphs}${paragraphs}</noscript></body>`, 'https://example.de/');
    expect(noscriptBlock(doc)?.querySelectorAll('p')).toHaveLength(8);
  });
});

describe('a blog whose post is rendered by script, with a <noscript> copy', () => {
  const url = 'https://news.example.com/noscript-story/';
  const article = extractArticle(loadFixture('pages/noscript-story/source.html', url), url);

  it('is read as an article (without the rule: "No article found")', () => expect(article).not.toBeNull());
  it('holds the post', () => {
    expect(article!.textContent).toContain('harmful downloads change their addresses');
    expect(article!.textContent).toContain('Administrators can turn it off with a policy.');
  });
  it.each(['Labels', 'Privacy', 'Archive'])('leaves out %j', (text) => expect(article!.textContent).not.toContain(text));
});
