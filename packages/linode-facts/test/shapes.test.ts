// src/shapes.ts is generated from the facts (scripts/generate-shapes.mjs) and committed: it must
// be what the facts generate today.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { facts } from '../src/index.js';
import { shapesSource } from '../src/shapes-generator.js';

describe('generated shapes', () => {
  it('src/shapes.ts is up to date with the facts (npm run shapes -w linode-facts)', () => {
    expect(readFileSync(new URL('../src/shapes.ts', import.meta.url), 'utf8')).toBe(shapesSource(facts));
  });
});
