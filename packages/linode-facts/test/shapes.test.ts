// src/shapes.ts is generated from the facts (scripts/generate-shapes.mjs) and committed: it must
// be what the facts generate today.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { format, resolveConfig } from 'prettier';
import { describe, expect, it } from 'vitest';
import { facts } from '../src/index.js';
import { shapesSource } from '../src/shapes-generator.js';

describe('generated shapes', () => {
  it('src/shapes.ts is up to date with the facts (npm run shapes -w linode-facts)', async () => {
    const target = fileURLToPath(new URL('../src/shapes.ts', import.meta.url));
    const expected = await format(shapesSource(facts), { ...(await resolveConfig(target)), filepath: target });
    expect(readFileSync(target, 'utf8')).toBe(expected);
  });
});
