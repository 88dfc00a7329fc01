// The page's only stylesheet, inlined so the file needs nothing from the web: system fonts,
// colours that pass WCAG AA in light and dark mode, tables that scroll in their own box on a
// narrow screen, and a print layout (black on white, link targets printed, no anchors).
export const STYLE = `
:root { color-scheme: light dark; --text: #1f2328; --muted: #57606a; --bg: #ffffff; --line: #d0d7de; --head: #f6f8fa; --link: #0550ae; }
@media (prefers-color-scheme: dark) {
  :root { --text: #e6edf3; --muted: #9da7b3; --bg: #0d1117; --line: #3d444d; --head: #161b22; --link: #6cb6ff; }
}
*, *::before, *::after { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
body { margin: 0; background: var(--bg); color: var(--text); font: 1rem/1.6 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; overflow-wrap: anywhere; }
main { max-width: 46rem; margin: 0 auto; padding: 1.5rem 1rem 4rem; }
.heading { display: flex; align-items: baseline; gap: 0.5rem; margin: 2rem 0 0.75rem; }
.heading.level-1 { margin-top: 0.5rem; }
.heading.level-2 { padding-bottom: 0.3rem; border-bottom: 1px solid var(--line); }
h1, h2, h3, h4 { line-height: 1.25; margin: 0; scroll-margin-top: 1rem; }
h1 { font-size: 2rem; }
h2 { font-size: 1.5rem; }
h3 { font-size: 1.2rem; }
a { color: var(--link); text-underline-offset: 0.15em; }
a:focus-visible, .table-wrap:focus-visible { outline: 3px solid var(--link); outline-offset: 2px; }
.anchor { color: var(--muted); text-decoration: none; opacity: 0; }
.heading:hover .anchor, .anchor:focus { opacity: 1; }
.toc { margin: 1.5rem 0; padding: 0.25rem 1.25rem 0.75rem; border: 1px solid var(--line); border-radius: 6px; background: var(--head); }
.toc .heading { margin: 0.75rem 0; border: 0; padding: 0; }
.toc h2 { font-size: 1.1rem; }
.toc ul { margin: 0; padding-left: 1.25rem; }
@media (min-width: 40rem) { .toc ul { columns: 2; column-gap: 2rem; } .toc li { break-inside: avoid; } }
ul, ol { padding-left: 1.5rem; }
li + li { margin-top: 0.25rem; }
.table-wrap { overflow-x: auto; margin: 1rem 0; max-width: 100%; }
table { border-collapse: collapse; min-width: 100%; font-size: 0.95rem; overflow-wrap: normal; }
th, td { border: 1px solid var(--line); padding: 0.4rem 0.6rem; text-align: left; vertical-align: top; }
th { background: var(--head); }
td { min-width: 8rem; }
code { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 0.9em; }
blockquote { margin: 1rem 0; padding: 0 1rem; border-left: 4px solid var(--line); color: var(--muted); }
@media print {
  :root { --text: #000000; --muted: #333333; --bg: #ffffff; --line: #999999; --head: #eeeeee; --link: #000000; }
  body { font-size: 11pt; }
  main { max-width: none; padding: 0; }
  .anchor { display: none; }
  a[href^="http"]::after { content: " (" attr(href) ")"; font-size: 0.9em; }
  .table-wrap { overflow: visible; }
  .heading { break-after: avoid; }
  tr, li { break-inside: avoid; }
}
`;
