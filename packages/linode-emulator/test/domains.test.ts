import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_TOKEN, startEmulator, type Emulator } from '../src/index.js';
import { schemaFact } from 'linode-facts/spec';

let emulator: Emulator;
beforeAll(async () => {
  emulator = await startEmulator({ port: 0 });
});
afterAll(() => emulator.close());

async function get(path: string, token: string | null = DEMO_TOKEN, filter?: unknown) {
  const response = await fetch(`${emulator.url}${path}`, {
    headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...(filter ? { 'x-filter': JSON.stringify(filter) } : {}) },
  });
  return { status: response.status, body: await response.json() };
}

describe('domains and records', () => {
  it('lists domains with every documented field, paged and filterable', async () => {
    const { body } = await get('/domains?page_size=25');
    expect(body.results).toBe(emulator.store.domains.length);
    for (const domain of body.data) for (const key of Object.keys(schemaFact('Domain').fields)) expect(domain).toHaveProperty(key);
    const filtered = await get('/domains', DEMO_TOKEN, { domain: 'example.com' });
    expect(filtered.body.data.map((d: any) => d.domain)).toEqual(['example.com']);
  });

  it('records point at instance addresses and filter by type', async () => {
    const domain = emulator.store.domains[0];
    const { body } = await get(`/domains/${domain.id}/records?page_size=100`);
    expect(body.results).toBe(emulator.store.recordsByDomain[domain.id].length);
    const addresses = new Set(emulator.store.instances.flatMap((i: any) => i.ipv4));
    const a = body.data.filter((r: any) => r.type === 'A');
    expect(a.length).toBeGreaterThan(0);
    for (const record of a) expect(addresses.has(record.target)).toBe(true);
    const mx = await get(`/domains/${domain.id}/records`, DEMO_TOKEN, { type: 'MX' });
    expect(mx.body.data.every((r: any) => r.type === 'MX')).toBe(true);
    const one = await get(`/domains/${domain.id}/records/${a[0].id}`);
    expect(one.body).toEqual(a[0]);
  });

  it('404 for unknown domains and records, 403 without the domains scope', async () => {
    expect((await get('/domains/1')).status).toBe(404);
    expect((await get(`/domains/${emulator.store.domains[0].id}/records/1`)).status).toBe(404);
    const forbidden = await get('/domains', 'demo-token-volumes-only');
    expect(forbidden.status).toBe(403);
  });
});
