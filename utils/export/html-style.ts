/**
 * The stylesheet inlined into every HTML export: the reader's typography
 * (serif body, a 65-character measure, muted metadata), light or dark as
 * the system is, and print rules. No web fonts or URLs: the file works offline.
 */
export const EXPORT_CSS = `
:root { color-scheme: light dark; --bg: #fdfdfb; --fg: #1b1b1b; --muted: #595959; --accent: #0b57d0; --line: #d9d6cf; }
@media (prefers-color-scheme: dark) { :root { --bg: #1c1c1e; --fg: #e8e6e3; --muted: #aaa59e; --accent: #8ab4f8; --line: #3a3a3d; } }
html, body { margin: 0; background: var(--bg); color: var(--fg); }
body { padding: 2rem 1rem 4rem; font: 18px/1.6 Georgia, 'DejaVu Serif', 'Noto Serif', serif; }
article, footer { max-width: 65ch; margin: 0 auto; }
.site { margin: 0 0 4px; color: var(--muted); font: 600 0.8rem/1.3 system-ui, sans-serif; text-transform: uppercase; letter-spacing: 0.04em; }
h1 { font-size: 1.9em; line-height: 1.2; margin: 0 0 0.4em; }
.meta { margin: 0 0 1.5em; color: var(--muted); font: 0.85rem/1.4 system-ui, sans-serif; }
.meta span + span::before { content: ' · '; }
a { color: var(--accent); }
img, video { max-width: 100%; height: auto; }
figure { margin: 1.5em 0; }
figcaption, .captions { color: var(--muted); font: 0.9rem/1.45 system-ui, sans-serif; }
blockquote { margin: 1em 0; padding-left: 1em; border-left: 3px solid var(--line); }
pre { overflow-x: auto; padding: 0.8em; border: 1px solid var(--line); font-size: 0.85em; }
table { border-collapse: collapse; } td, th { border: 1px solid var(--line); padding: 0.3em 0.5em; }
.captions { margin-top: 2.5em; padding-top: 1em; border-top: 1px solid var(--line); }
.captions h2 { font-size: 1.05rem; }
.captions li { margin: 0 0 0.8em; }
.captions img { display: block; margin-top: 0.3em; max-height: 14em; }
footer { margin-top: 3em; color: var(--muted); }
footer small { font: 0.75rem system-ui, sans-serif; }
@media print { body { padding: 0; background: none; color: #000; } a { color: inherit; } }
`;
