/**
 * EPUB 3 of one article or several: a chapter each (the story, then its
 * gallery captions as an appendix section), a navigation document, and the
 * stored images the chapters use. The archive follows the OCF rules: the
 * `mimetype` file first and stored uncompressed, then META-INF/container.xml
 * pointing at the package document.
 */
import { strToU8, zipSync, type Zippable } from 'fflate';
import type { Gallery } from '../extract/article';
import type { SavedArticle } from '../library/types';
import { sanitizeHtml } from '../sanitize';
import { defaultParse, type ParseFragment } from './dom';
import { EPUB_CSS } from './epub-style';
import { ImageFiles, type ImageMap } from './images';
import { escapeXml, toXhtml } from './xhtml';
import { t, tn } from '../i18n';

/** Options for {@link articlesEpub}. */
export interface EpubOptions {
  parse?: ParseFragment;
  sanitize?: (html: string, articleUrl: string) => string;
  images?: ImageMap;
  /** Book title; default the article's title for one, "Lede: N articles" for several. */
  title?: string;
  /** dc:identifier; default a new urn:uuid. */
  identifier?: string;
  /** dcterms:modified and file times; default now. */
  now?: Date;
}

const CONTAINER = `<?xml version="1.0" encoding="UTF-8"?>
<container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
  <rootfiles>
    <rootfile full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/>
  </rootfiles>
</container>
`;

/** A BCP 47 tag as the page gave it when well-formed, else undefined. */
function languageTag(lang: string | null | undefined): string | undefined {
  const tag = lang?.trim().replace(/_/g, '-');
  return tag && /^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$/.test(tag) ? tag : undefined;
}

const xhtmlHead = (title: string, lang: string | undefined) => {
  const langAttrs = lang ? ` lang="${lang}" xml:lang="${lang}"` : '';
  return `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops"${langAttrs}>
<head>
<title>${escapeXml(title)}</title>
<link rel="stylesheet" type="text/css" href="style.css"/>
</head>`;
};

function captionsXhtml(gallery: Gallery, index: number, id: string, images: ImageFiles): string {
  const title = gallery.title.trim() || t('galleryUntitled', index + 1);
  const items = gallery.captions.map((caption) => {
    const credit = caption.credit ? ` <em>${escapeXml(caption.credit)}</em>` : '';
    const path = caption.imageUrl ? images.pathFor(caption.imageUrl) : undefined;
    const photo = path ? `<br/><img src="${escapeXml(path.replace(/^OEBPS\//, ''))}" alt=""/>` : '';
    return `<li>${escapeXml(caption.text)}${credit}${photo}</li>`;
  });
  return `<section class="captions" id="${id}" epub:type="appendix"><h2>${escapeXml(t('exportCaptions', title))}</h2><ol>${items.join('')}</ol></section>`;
}

interface Chapter {
  file: string;
  title: string;
  captions: { id: string; title: string }[];
}

function chapterXhtml(article: SavedArticle, index: number, options: EpubOptions, images: ImageFiles): [Chapter, string] {
  const file = `chapter-${index + 1}.xhtml`;
  const root = (options.parse ?? defaultParse)((options.sanitize ?? sanitizeHtml)(article.contentHtml, article.url));
  const story = toXhtml(root, {
    baseUrl: article.url,
    imagePath: (url) => images.pathFor(url)?.replace(/^OEBPS\//, ''),
  });
  const title = article.title.trim() || t('untitled');
  const meta = [article.byline, article.siteName, article.publishedTime].filter(Boolean).map((part) => escapeXml(part!));
  const chapter: Chapter = { file, title, captions: [] };
  const appendix = article.galleries
    .filter((gallery) => gallery.captions.length)
    .map((gallery, i) => {
      const id = `captions-${i + 1}`;
      chapter.captions.push({ id, title: t('exportCaptions', gallery.title.trim() || t('galleryUntitled', i + 1)) });
      return captionsXhtml(gallery, i, id, images);
    });
  const body = [
    xhtmlHead(title, languageTag(article.lang)),
    `<body${article.dir === 'rtl' ? ' dir="rtl"' : ''}>`,
    `<section epub:type="chapter">`,
    `<h1>${escapeXml(title)}</h1>`,
    meta.length ? `<p class="meta">${meta.join(' · ')}</p>` : '',
    story,
    '</section>',
    ...appendix,
    '</body>',
    '</html>',
  ].filter(Boolean);
  return [chapter, `${body.join('\n')}\n`];
}

function navXhtml(chapters: Chapter[], lang: string | undefined): string {
  const items = chapters.map((chapter) => {
    const sub = chapter.captions.length
      ? `<ol>${chapter.captions.map((c) => `<li><a href="${chapter.file}#${c.id}">${escapeXml(c.title)}</a></li>`).join('')}</ol>`
      : '';
    return `<li><a href="${chapter.file}">${escapeXml(chapter.title)}</a>${sub}</li>`;
  });
  const contents = t('exportContents');
  return `${xhtmlHead(contents, lang)}
<body>
<nav epub:type="toc" id="toc"><h1>${escapeXml(contents)}</h1><ol>${items.join('')}</ol></nav>
</body>
</html>
`;
}

function packageOpf(articles: SavedArticle[], chapters: Chapter[], imageFiles: Map<string, { type: string }>, options: EpubOptions, lang: string): string {
  const title = options.title ?? (articles.length === 1 ? chapters[0].title : tn('exportBookTitle', articles.length));
  const modified = (options.now ?? new Date()).toISOString().replace(/\.\d{3}Z$/, 'Z');
  const creators = [...new Set(articles.map((a) => a.byline?.trim()).filter(Boolean))].slice(0, 20);
  const images = [...imageFiles].map(([path, image], i) =>
    `<item id="img-${i + 1}" href="${escapeXml(path.replace(/^OEBPS\//, ''))}" media-type="${escapeXml(image.type.split(';')[0].trim())}"/>`);
  return `<?xml version="1.0" encoding="UTF-8"?>
<package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="book-id" xml:lang="${lang}">
<metadata xmlns:dc="http://purl.org/dc/elements/1.1/">
<dc:identifier id="book-id">${escapeXml(options.identifier ?? `urn:uuid:${crypto.randomUUID()}`)}</dc:identifier>
<dc:title>${escapeXml(title)}</dc:title>
<dc:language>${lang}</dc:language>
${creators.map((name) => `<dc:creator>${escapeXml(name!)}</dc:creator>`).join('\n')}
${articles.length === 1 && /^https?:/.test(articles[0].url) ? `<dc:source>${escapeXml(articles[0].url)}</dc:source>\n` : ''}<meta property="dcterms:modified">${modified}</meta>
</metadata>
<manifest>
<item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" properties="nav"/>
<item id="style" href="style.css" media-type="text/css"/>
${chapters.map((c, i) => `<item id="chapter-${i + 1}" href="${c.file}" media-type="application/xhtml+xml"/>`).join('\n')}
${images.join('\n')}
</manifest>
<spine>
${chapters.map((_, i) => `<itemref idref="chapter-${i + 1}"/>`).join('\n')}
</spine>
</package>
`.replace(/\n{2,}/g, '\n');
}

/** The EPUB's bytes. Throws when given no article (a book needs a chapter). */
export function articlesEpub(articles: SavedArticle[], options: EpubOptions = {}): Uint8Array {
  if (!articles.length) throw new Error(t('exportNothing'));
  const images = new ImageFiles(options.images, 'OEBPS/images');
  const chapters: Chapter[] = [];
  const files: Zippable = {};
  articles.forEach((article, i) => {
    const [chapter, xhtml] = chapterXhtml(article, i, options, images);
    chapters.push(chapter);
    files[`OEBPS/${chapter.file}`] = strToU8(xhtml);
  });
  const lang = languageTag(articles.find((a) => languageTag(a.lang))?.lang) ?? 'und';
  files['OEBPS/nav.xhtml'] = strToU8(navXhtml(chapters, lang));
  files['OEBPS/style.css'] = strToU8(EPUB_CSS);
  for (const [path, image] of images.files) files[path] = [image.bytes, { level: 0 }];
  files['OEBPS/content.opf'] = strToU8(packageOpf(articles, chapters, images.files, options, lang));
  // zipSync keeps insertion order: mimetype first, uncompressed (OCF 3.0, 4.3).
  const archive: Zippable = {
    mimetype: [strToU8('application/epub+zip'), { level: 0 }],
    'META-INF/container.xml': strToU8(CONTAINER),
    ...files,
  };
  return zipSync(archive, { level: 9, mtime: options.now ?? new Date() });
}
