// Objects carry only the fields the 4.176 schemas list and today's keys the quirks table declares,
// singletons hold realistic values, and the facts' public flags match the spec's YAML.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { facts, operationFact, schemaFact, type FieldFact } from 'linode-facts/spec';
import { startEmulator, type Emulator } from '../src/index.js';
import { seedStore } from '../src/data/seed.js';
import { deviations, isDeclared } from '../src/quirks/compare.js';
import { answerName } from '../src/quirks/index.js';
import { call, type LooseJson } from './helpers.js';

/** Keys in `value` that `fact` does not list and the quirks table does not declare as today's keys. */
function extraFields(value: unknown, fact: FieldFact, schema: string): string[] {
  return deviations(value, fact, schema)
    .filter((d) => d.class === 'new-key' && !isDeclared(d))
    .map((d) => d.path);
}

const { store } = seedStore(1, 120);

describe("no fields beyond the 4.176 schemas but today's keys of the quirks table", () => {
  const children = (record: Record<number, LooseJson[]>) => Object.values(record).flat();
  it.each([
    ['Region', store.regions],
    ['LinodeType', store.types],
    ['Kernel', store.kernels],
    ['Image', store.images],
    ['Linode', store.instances],
    ['Disk', children(store.disksByInstance)],
    ['LinodeConfig', children(store.configsByInstance)],
    ['Volume', store.volumes],
    ['Event', store.events],
    ['Domain', store.domains],
    ['DomainRecord', children(store.recordsByDomain)],
  ])('%s', (schema, items) => {
    expect(items.length).toBeGreaterThan(0);
    expect([...new Set(items.flatMap((item) => extraFields(item, schemaFact(schema), schema)))]).toEqual([]);
  });

  it('singletons', () => {
    for (const [path, value] of Object.entries(store.singletons))
      expect(extraFields(value, operationFact('GET', path).response ?? {}, answerName(path) ?? path), path).toEqual([]);
  });
});

describe('singletons hold realistic values', () => {
  const account: LooseJson = store.singletons['/account'];
  const profile: LooseJson = store.singletons['/profile'];
  const isUrl = (value: string) => /^https:\/\/[^\s/]+\.[a-z]+\//.test(value);

  it('account capabilities are Linode capability names', () => {
    expect(account.capabilities).toEqual(expect.arrayContaining(['Linodes', 'NodeBalancers', 'Block Storage', 'Object Storage']));
    for (const c of account.capabilities) expect(c).toMatch(/^[A-Z][A-Za-z ]+$/);
  });

  it('URLs are URLs', () => {
    expect(account.active_promotions.length).toBeGreaterThan(0);
    for (const promo of account.active_promotions) expect(isUrl(promo.image_url), promo.image_url).toBe(true);
    expect(profile.referrals.url).toBe(`https://www.linode.com/?r=${profile.referrals.code}`);
  });

  it('no generated word-number filler in any singleton string', () => {
    const strings = (v: unknown): string[] =>
      typeof v === 'string' ? [v] : v && typeof v === 'object' ? Object.values(v).flatMap(strings) : [];
    const filler = Object.values(store.singletons)
      .flatMap(strings)
      .filter((s) => /^[a-z]+-\d{1,2}$/.test(s) && !/^longview-\d+$/.test(s));
    expect(filler).toEqual([]);
  });

  it('the longview subscription named in the settings is the plan', () => {
    expect(store.singletons['/account/settings'].longview_subscription).toBe(store.singletons['/longview/plan'].id);
  });
});

describe('GET /profile/grants', () => {
  let emulator: Emulator;
  beforeAll(async () => {
    emulator = await startEmulator({ port: 0, instances: 5, rateLimits: false });
  });
  afterAll(() => emulator.close());

  it('answers 204 without a body for the unrestricted demo user', async () => {
    expect(emulator.store.singletons['/profile'].restricted).toBe(false);
    const reply = await call(emulator, '/profile/grants');
    expect(reply.status).toBe(204);
    expect(reply.body).toBeUndefined();
  });
});

// The spec itself, kept beside its facts in linode-facts.
const SPEC = new URL(`../../linode-facts/data/openapi-${facts.version}.yaml`, import.meta.url);

describe('public flags of the facts (linode-facts/scripts/sync-facts.mjs)', () => {
  it('are exactly the operations without a security block in the spec', () => {
    const spec = parse(readFileSync(SPEC, 'utf8'));
    const expected: string[] = [];
    for (const [path, item] of Object.entries<Record<string, { security?: unknown }>>(spec.paths)) {
      for (const method of ['get', 'post', 'put', 'delete'])
        if (item[method] && item[method].security === undefined) expected.push(`${method.toUpperCase()} ${path}`);
    }
    const flagged = facts.operations.filter((o) => o.public).map((o) => `${o.method} ${o.path}`);
    expect(flagged.sort()).toEqual(expected.sort());
    expect(expected.length).toBeGreaterThan(10);
  });
});
