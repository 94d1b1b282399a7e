// The quirks table as the Markdown of README.md (kept in step by a test).
import { QUIRKS } from './index.js';
import type { Quirk, QuirkClass } from './types.js';

/** Markers of the generated part of README.md. */
export const BEGIN = '<!-- quirks:begin (generated from src/quirks: npx tsx --conditions=source src/quirks/print.ts --write) -->';
export const END = '<!-- quirks:end -->';

const TITLES: Record<QuirkClass, string> = {
  null: 'Null where the spec promises a value',
  absent: 'Keys left out',
  enum: "Values outside the spec's enums",
  int53: 'Integers past 2^31',
  'new-key': "Keys the spec does not know (today's API)",
  type: 'Other JSON types',
  format: 'Other timestamp formats',
};

const cell = (text: string) => text.replace(/\|/g, '\\|');

function row(q: Quirk): string {
  const what =
    q.class === 'enum'
      ? `${(q.values ?? []).map((v) => `\`${v}\``).join(', ')}: ${q.real}`
      : q.class === 'new-key'
        ? `${q.type}${q.nullable ? ' or null' : ''}: ${q.real}`
        : q.real;
  return `| ${q.at.map((a) => `\`${a}\``).join('<br>')} | ${cell(what)} | ${cell(q.source)} |`;
}

export function quirksMarkdown(): string {
  return (Object.keys(TITLES) as QuirkClass[])
    .map((cls) =>
      [
        `### ${TITLES[cls]}`,
        '',
        '| where | real Linode | source |',
        '|---|---|---|',
        ...QUIRKS.filter((q) => q.class === cls).map(row),
      ].join('\n'),
    )
    .join('\n\n');
}
