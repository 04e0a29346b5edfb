/** The EPUB's stylesheet: light touches only, so the reader's own settings (font, size, theme) rule. */
export const EPUB_CSS = `body { line-height: 1.5; }
h1 { line-height: 1.2; }
.meta, figcaption, .captions { font-size: 0.9em; }
.meta { margin-bottom: 1.5em; }
img { max-width: 100%; height: auto; }
blockquote { margin-left: 1em; padding-left: 0.8em; border-left: 2px solid #999; }
pre { white-space: pre-wrap; font-size: 0.85em; }
table { border-collapse: collapse; } td, th { border: 1px solid #999; padding: 0.2em 0.4em; }
.captions { margin-top: 2em; }
`;
