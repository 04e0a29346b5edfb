import { describe, expect, it } from 'vitest';
import { articleToMarkdown, htmlToMarkdown } from '@/utils/markdown';
import { escapeInline, escapeLineStart } from '@/utils/markdown-escape';
import { ARTICLE_VERSION, type Article } from '@/utils/extract/article';

const BASE = 'https://news.example/world/story.html';

function md(html: string): string {
  const div = document.createElement('div');
  div.innerHTML = html;
  return htmlToMarkdown(div, { baseUrl: BASE });
}

describe('htmlToMarkdown', () => {
  it.each([
    ['headings', '<h1>One</h1><h3>Three <em>x</em></h3>', '# One\n\n### Three *x*\n'],
    ['paragraphs', '<p>First  one.</p>\n<p>Second\n line.</p>', 'First one.\n\nSecond line.\n'],
    ['loose text between blocks', '<div>Lead text<p>Para</p>tail</div>', 'Lead text\n\nPara\n\ntail\n'],
    ['emphasis', '<p><em>a</em> <strong>b</strong> <i>c </i>d <del>e</del></p>', '*a* **b** *c* d ~~e~~\n'],
    ['empty emphasis', '<p>a<b> </b>b</p>', 'a b\n'],
    ['absolute links', '<p><a href="../x.html">rel</a> <a href="https://o.example/p" title="T">abs</a></p>',
      '[rel](https://news.example/x.html) [abs](https://o.example/p "T")\n'],
    ['links with spaces', '<p><a href="a b(1).html">x</a></p>', '[x](<https://news.example/world/a%20b(1).html>)\n'],
    ['links without text or target', '<p><a href="/x"></a><a>plain</a> <a href="javascript:void(0)">js</a></p>', 'plain js\n'],
    ['images', '<p><img src="/i.jpg" alt="A cat"></p>', '![A cat](https://news.example/i.jpg)\n'],
    ['data-URI images dropped', '<p>x<img src="data:image/png;base64,AAAA"></p>', 'x\n'],
    ['linked image', '<a href="/big.jpg"><img src="/s.jpg" alt=""></a>', '[![](https://news.example/s.jpg)](https://news.example/big.jpg)\n'],
    ['figures with captions', '<figure><img src="p.jpg" alt="Scene"><figcaption>Police at the <b>scene</b>. REUTERS</figcaption></figure>',
      '![Scene](https://news.example/world/p.jpg)\n\n_Police at the **scene**. REUTERS_\n'],
    ['unordered list', '<ul><li>a</li><li>b <em>c</em></li></ul>', '- a\n- b *c*\n'],
    ['ordered list with start', '<ol start="3"><li>x</li><li>y</li></ol>', '3. x\n4. y\n'],
    ['nested lists', '<ul><li>a<ul><li>b<ol><li>c</li></ol></li></ul></li><li>d</li></ul>', '- a\n  - b\n    1. c\n- d\n'],
    ['list item with paragraphs', '<ol><li><p>one</p><p>more</p></li></ol>', '1. one\n\n   more\n'],
    ['blockquote', '<blockquote><p>Said this.</p><p>And that.</p></blockquote>', '> Said this.\n>\n> And that.\n'],
    ['nested blockquote', '<blockquote>a<blockquote>b</blockquote></blockquote>', '> a\n>\n> > b\n'],
    ['inline code', '<p>Run <code>npm test</code> or <code>a`b</code></p>', 'Run `npm test` or ``a`b``\n'],
    ['code block', '<pre><code class="language-js">if (a &lt; b) {\n  x();\n}\n</code></pre>', '```js\nif (a < b) {\n  x();\n}\n```\n'],
    ['code block holding a fence', '<pre>```\nx\n```</pre>', '````\n```\nx\n```\n````\n'],
    ['line breaks', '<p>Line one<br>Line two<br></p>', 'Line one\\\nLine two\n'],
    ['thematic break', '<p>a</p><hr><p>b</p>', 'a\n\n* * *\n\nb\n'],
    ['table', '<table><tr><th>Name</th><th>Votes</th></tr><tr><td>A | B</td><td>12<br>(final)</td></tr><tr><td>C</td></tr></table>',
      '| Name | Votes |\n| --- | --- |\n| A \\| B | 12 (final) |\n| C |  |\n'],
    ['layout table', '<table><tr><td><p>Only cell</p></td></tr></table>', 'Only cell\n'],
    ['layout table holding lists', '<table><tr><td><p>Story</p></td><td><h3>Links</h3><ul><li>a</li></ul></td></tr></table>',
      'Story\n\n### Links\n\n- a\n'],
    ['scripts and styles skipped', '<p>a<script>x()</script><style>p{}</style></p><noscript>n</noscript>', 'a\n'],
    ['definition list', '<dl><dt>Term</dt><dd>Meaning</dd></dl>', '**Term**\n\nMeaning\n'],
    ['escaped metacharacters', '<p>2*3 = [6] &lt;tag&gt; _x_ snake_case `q` ~~ \\ &amp;copy;</p>',
      '2\\*3 = \\[6\\] \\<tag\\> \\_x\\_ snake_case \\`q\\` \\~\\~ \\\\ \\&copy;\n'],
    ['line starts that are not syntax', '<p># not a heading</p><p>- not a list</p><p>1. not a list</p><p>+ x</p>',
      '\\# not a heading\n\n\\- not a list\n\n1\\. not a list\n\n\\+ x\n'],
    ['empty input', '<div> <p> </p> </div>', ''],
  ])('%s', (_name, html, markdown) => expect(md(html)).toBe(markdown));
});

describe('escaping', () => {
  it.each([
    ['a_b', 'a_b'],
    ['_a', '\\_a'],
    ['[x](y)', '\\[x\\](y)'],
    ['AT&T', 'AT&T'],
    ['&amp;', '\\&amp;'],
  ])('escapeInline(%j) = %j', (text, escaped) => expect(escapeInline(text)).toBe(escaped));

  it.each([
    ['## x', '\\## x'],
    ['2) x', '2\\) x'],
    ['===', '\\==='],
    ['2024 was', '2024 was'],
    ['Just text', 'Just text'],
  ])('escapeLineStart(%j) = %j', (line, escaped) => expect(escapeLineStart(line)).toBe(escaped));
});

describe('articleToMarkdown', () => {
  const article: Article = {
    version: ARTICLE_VERSION,
    title: 'Envoy "shot" in *Ankara*',
    byline: 'Reuters',
    siteName: 'AOL.com',
    publishedTime: '2016-12-19T12:00:00.000Z',
    lang: 'en',
    dir: 'ltr',
    excerpt: null,
    url: BASE,
    leadImageUrl: null,
    contentHtml: '<p>First <a href="/a">para</a>.</p><h2>U.S. STATE DEPARTMENT</h2><p>Second.</p>',
    textContent: '',
    wordCount: 0,
    readingMinutes: 0,
    galleries: [],
    removed: { galleries: 0, ads: 0, signups: 0, related: 0, other: 0 },
  };
  const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html').body;

  it('writes front matter, the title and the story', () => {
    expect(articleToMarkdown(article, parse)).toBe(
      [
        '---',
        'title: "Envoy \\"shot\\" in *Ankara*"',
        'byline: "Reuters"',
        'site: "AOL.com"',
        'date: "2016-12-19T12:00:00.000Z"',
        `url: "${BASE}"`,
        '---',
        '',
        '# Envoy "shot" in \\*Ankara\\*',
        '',
        'First [para](https://news.example/a).',
        '',
        '## U.S. STATE DEPARTMENT',
        '',
        'Second.',
        '',
      ].join('\n'),
    );
  });

  it('leaves out fields the page did not give', () => {
    const front = articleToMarkdown({ ...article, byline: null, siteName: null, publishedTime: null }, parse);
    expect(front.split('---')[1]).toBe(`\ntitle: "Envoy \\"shot\\" in *Ankara*"\nurl: "${BASE}"\n`);
  });
});
