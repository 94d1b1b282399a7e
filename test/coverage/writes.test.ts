/// <reference types="vite/client" />
// Every write of the Linode API through its mutation (issue 13): each case must answer without
// errors or userErrors, must have made its declared Linode write (the emulator's log, a 2xx), and
// must bring back what it says. Cases live per domain in writes/*.ts; the cases of one file share
// one emulator, in order (a file's later cases see its earlier writes: deletes go last).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { schema } from '../../src/schema/index.js';
import { readBacks } from '../support/api-coverage.js';
import { startStack, type Stack } from '../support/stack.js';
import type { WriteCase } from './writes/types.js';

const modules = import.meta.glob<{ cases: WriteCase[] }>('./writes/*.ts', { eager: true });
const domains = Object.entries(modules)
  .filter(([path]) => !path.endsWith('/types.ts'))
  .map(([path, module]) => [path.replace(/^.*\/|\.ts$/g, ''), module.cases] as const);
const cases = domains.flatMap(([, domainCases]) => domainCases);

const mutations = schema.getMutationType()!.getFields();
/** Payload read-back fields whose GET a case saw made (checked last). */
const readBackSeen = new Set<string>();

describe.each(domains)('writes: %s', (_domain, domainCases) => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack({ emulator: { rateLimits: false } });
  });
  afterAll(() => stack.close());

  it.each(domainCases.map((c) => [c.mutation, c] as const))('%s', async (name, writeCase) => {
    const field = mutations[name];
    expect(field, `no mutation ${name}`).toBeDefined();
    const [method, path] = String(field.extensions.linodeOperation).split(' ');
    const variables = (await writeCase.variables?.(stack.emulator)) ?? {};
    stack.emulator.clearLog();
    const answer = await stack.gql(writeCase.document, { variables });
    expect(answer.errors, JSON.stringify(answer.errors)).toBeUndefined();
    const payload = (answer.data as Record<string, Record<string, unknown>>)[name];
    expect(payload.userErrors).toEqual([]);
    if (writeCase.returns) expect(payload[writeCase.returns], `${name}.${writeCase.returns}`).toBeTruthy();
    // Image ids hold one slash (`private/123`, `shared/123`).
    const template = new RegExp(`^/v4${path.replace(/\{imageId\}/g, '[^/]+/[^/]+').replace(/\{[^}]+\}/g, '[^/]+')}$`);
    const write = stack.emulator.log.find((e) => e.method === method && template.test(e.path));
    expect(write, `${method} ${path} was sent`).toBeDefined();
    expect(write!.status).toBeGreaterThanOrEqual(200);
    expect(write!.status).toBeLessThan(300);
    // A payload field reading back after the write (counted by the coverage report) made its GET, after the write.
    for (const [op, coordinate] of readBacks(field)) {
      const selected = coordinate.split('.')[1];
      if (!(selected in payload)) continue;
      const [, readPath] = op.split(' ');
      const readTemplate = new RegExp(`^/v4${readPath.replace(/\{[^}]+\}/g, '[^/]+')}$`);
      const read = stack.emulator.log.findIndex((e) => e.method === 'GET' && readTemplate.test(e.path) && e.status === 200);
      expect(read, `${op} was read back`).toBeGreaterThan(stack.emulator.log.indexOf(write!));
      expect(payload[selected], coordinate).toBeTruthy();
      readBackSeen.add(coordinate);
    }
  });
});

describe('the write cases', () => {
  it('cover every mutation', () => {
    const covered = new Set(cases.map((c) => c.mutation));
    expect(Object.keys(mutations).filter((name) => !covered.has(name))).toEqual(KNOWN_UNCASED);
  });

  // Runs after the cases above (one file's tests run in order).
  it('read back through every payload field that reads after the write (the coverage report counts its GET)', () => {
    const declared = Object.values(mutations).flatMap((field) => readBacks(field).map(([, coordinate]) => coordinate));
    expect(declared.length).toBeGreaterThan(0);
    expect(declared.filter((coordinate) => !readBackSeen.has(coordinate))).toEqual([]);
  });
});

/** Mutations without a case yet (issue 13 adds them domain by domain). */
const KNOWN_UNCASED: string[] = [];
