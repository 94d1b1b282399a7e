// A domain's zone file: the zone as Linode's name servers were last given it, line by line. The
// emulator renders it from the records as they are now (Linode re-renders a changed zone shortly).
import { asNumber, asString } from '../json.js';
import type { DnsRecord, DomainRecord } from '../records.js';
import { ok, type Handler } from './context.js';
import { findDomain } from './places.js';

const NAME_SERVERS = [1, 2, 3, 4, 5].map((n) => `ns${n}.linode.com.`);
/** Linode's defaults for a zone's times (seconds) that are left at 0. */
const DEFAULTS = { ttl: 86_400, refresh: 14_400, retry: 14_400, expire: 1_209_600 };

const seconds = (value: unknown, fallback: number) => (typeof value === 'number' && value > 0 ? value : fallback);
const absolute = (name: string) => (name.endsWith('.') ? name : `${name}.`);

function recordLine(domain: DomainRecord, record: DnsRecord): string {
  const name = record.name ? String(record.name) : '@';
  const ttl = typeof record.ttl_sec === 'number' && record.ttl_sec > 0 ? `${record.ttl_sec}\t` : '';
  const target = String(record.target);
  switch (record.type) {
    case 'MX':
      return `${name}\t${ttl}MX\t${asNumber(record.priority) ?? 10}\t${absolute(target || String(domain.domain))}`;
    case 'CNAME':
    case 'NS':
      return `${name}\t${ttl}${record.type}\t${absolute(target)}`;
    case 'TXT':
      return `${name}\t${ttl}TXT\t"${target.replace(/"/g, '\\"')}"`;
    case 'SRV':
      return `${name}\t${ttl}SRV\t${asNumber(record.priority) ?? 0}\t${asNumber(record.weight) ?? 0}\t${asNumber(record.port) ?? 0}\t${absolute(target)}`;
    case 'CAA':
      return `${name}\t${ttl}CAA\t0\t${asString(record.tag) ?? 'issue'}\t"${target}"`;
    default:
      return `${name}\t${ttl}${record.type}\t${target}`;
  }
}

function zoneFile(domain: DomainRecord, records: DnsRecord[]): string[] {
  const serial = (asString(domain.updated) ?? asString(domain.created) ?? '2018-01-01T00:00:00').replace(/\D/g, '').slice(0, 8) + '00';
  const email = (asString(domain.soa_email) ?? `hostmaster@${String(domain.domain)}`).replace('@', '.');
  return [
    `; ${String(domain.domain)} [${domain.id}]`,
    `$TTL ${seconds(domain.ttl_sec, DEFAULTS.ttl)}`,
    `@\tIN\tSOA\tns1.linode.com. ${absolute(email)} ${serial} ${seconds(domain.refresh_sec, DEFAULTS.refresh)} ${seconds(domain.retry_sec, DEFAULTS.retry)} ${seconds(domain.expire_sec, DEFAULTS.expire)} ${seconds(domain.ttl_sec, DEFAULTS.ttl)}`,
    ...NAME_SERVERS.map((ns) => `@\tNS\t${ns}`),
    ...records.map((r) => recordLine(domain, r)),
  ];
}

export const dnsReadHandlers: Record<string, Handler> = {
  getDomainZone: (ctx) => {
    const domain = findDomain(ctx);
    return ok({ zone_file: zoneFile(domain, ctx.state.store.recordsByDomain[domain.id] ?? []) });
  },
};
