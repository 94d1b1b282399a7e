// DNS domains and their records, pointing at the seeded instances' addresses.
import { schemaFact } from 'linode-facts/spec';
import type { Rng } from '../rng.js';
import type { DnsRecord, DomainRecord } from '../records.js';
import type { EmulatorStore, JsonObject } from '../types.js';
import type { Ids } from './ids.js';
import { build } from './fill.js';

const NAMES = [
  'example.com',
  'shop-example.net',
  'example.org',
  'api-example.io',
  'example-media.com',
  'docs-example.dev',
  'example-mail.net',
  'status-example.com',
  'example.co.uk',
  'example-labs.io',
  'blog-example.com',
  'example-cdn.net',
];

function makeDomain(rng: Rng, id: number, domain: string): DomainRecord {
  const slave = rng.chance(0.15);
  return build(schemaFact('Domain'), rng, {
    id,
    type: slave ? 'slave' : 'master',
    domain,
    group: '',
    status: rng.chance(0.9) ? 'active' : 'disabled',
    description: '',
    soa_email: slave ? '' : `hostmaster@${domain}`,
    retry_sec: 0,
    master_ips: slave ? ['45.79.1.10'] : [],
    axfr_ips: [],
    expire_sec: 0,
    refresh_sec: 0,
    ttl_sec: rng.pick([0, 300, 3600]),
    tags: rng.some(['prod', 'staging', 'marketing'], 2),
  });
}

/** What a record sets beyond its defaults: its type, and the name and target unless empty. */
type RecordFields = JsonObject & { type: string; name?: string; target?: string };

function makeRecord(rng: Rng, id: number, created: string, fields: RecordFields): DnsRecord {
  return build(schemaFact('DomainRecord'), rng, {
    id,
    name: '',
    target: '',
    priority: 0,
    weight: 0,
    port: 0,
    service: null,
    protocol: null,
    ttl_sec: rng.pick([0, 300, 3600]),
    tag: null,
    created,
    updated: created,
    ...fields,
  });
}

/** Records of one domain: web hosts on instance addresses, mail, text, and a service. */
function makeRecords(rng: Rng, ids: Ids, domain: DomainRecord, created: string, store: EmulatorStore): DnsRecord[] {
  const record = (fields: RecordFields) => makeRecord(rng, ids.next('record'), created, fields);
  const records: DnsRecord[] = [];
  for (const name of ['', 'www', ...rng.some(['api', 'app', 'shop', 'static', 'vpn'], 3)]) {
    const instance = rng.pick(store.instances);
    records.push(record({ type: 'A', name, target: instance.ipv4[0] }));
    if (instance.ipv6 && rng.chance(0.5)) records.push(record({ type: 'AAAA', name, target: instance.ipv6.split('/')[0] }));
  }
  records.push(record({ type: 'CNAME', name: 'blog', target: `www.${domain.domain}` }));
  records.push(record({ type: 'MX', name: '', target: `mail.${domain.domain}`, priority: 10 }));
  records.push(record({ type: 'TXT', name: '', target: 'v=spf1 mx -all' }));
  if (rng.chance(0.5))
    records.push(
      record({
        type: 'SRV',
        name: '_sip._tcp',
        service: '_sip',
        protocol: '_tcp',
        target: `sip.${domain.domain}`,
        priority: 10,
        weight: 5,
        port: 5060,
      }),
    );
  if (rng.chance(0.3)) records.push(record({ type: 'NS', name: 'sub', target: 'ns1.linode.com' }));
  return records;
}

export function seedDomains(rng: Rng, ids: Ids, store: EmulatorStore): void {
  // The spec gives domains no timestamps, but today's answers carry `created` and `updated`; the
  // records are as old as their domain.
  const created = [...store.instances.map((i) => i.created)].sort();
  store.domains = NAMES.map((name) => makeDomain(rng, ids.next('domain'), name));
  store.domains.forEach((domain, i) => {
    const since = created[Math.min(created.length - 1, i * 5)] ?? '2020-01-01T00:00:00';
    Object.assign(domain, { created: since, updated: since });
    store.recordsByDomain[domain.id] = makeRecords(rng, ids, domain, since, store);
  });
}
