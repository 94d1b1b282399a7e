// Prints the quirks table as Markdown; `--write` puts it into README.md between its
// markers. Run with `npx tsx --conditions=source src/quirks/print.ts --write` in this package.
import { readFileSync, writeFileSync } from 'node:fs';
import { BEGIN, END, quirksMarkdown } from './markdown.js';

const readme = new URL('../../README.md', import.meta.url);
const table = quirksMarkdown();
if (process.argv.includes('--write')) {
  const text = readFileSync(readme, 'utf8');
  const start = text.indexOf(BEGIN);
  const end = text.indexOf(END);
  if (start < 0 || end < start) throw new Error(`${readme.pathname}: markers not found`);
  writeFileSync(readme, `${text.slice(0, start + BEGIN.length)}\n\n${table}\n\n${text.slice(end)}`);
} else {
  console.log(table);
}
