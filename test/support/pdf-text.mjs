// Extracts the text and document info of a PDF with pdfjs-dist (legacy build), for tests.
// Run as a child process — `node test/support/pdf-text.mjs <file.pdf>` — because pdfjs-dist 5
// is ESM-only and jest's CommonJS runtime (swc transform) cannot load it in-process.
// Prints one JSON object: { info, pages: [text per page] }.
import { readFileSync } from 'node:fs';

const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
const file = process.argv[2];
if (!file) {
  process.stderr.write('usage: pdf-text.mjs <file.pdf>\n');
  process.exit(2);
}
const data = new Uint8Array(readFileSync(file));
const doc = await pdfjs.getDocument({ data, disableFontFace: true, useSystemFonts: false, verbosity: 0 }).promise;
const meta = await doc.getMetadata();
const pages = [];
for (let i = 1; i <= doc.numPages; i++) {
  const page = await doc.getPage(i);
  const content = await page.getTextContent();
  pages.push(content.items.map((it) => ('str' in it ? it.str + (it.hasEOL ? '\n' : '') : '')).join(''));
}
process.stdout.write(JSON.stringify({ info: meta.info, pages }));
