// Write rules of domains (zones) and their records, plus zone clone and import.
import { badRequest, FieldErrors } from '../errors.js';
import { asList } from '../json.js';
import { REMOTE_ZONES } from '../data/remote-zones.js';
import type { DomainRecord } from '../records.js';
import type { JsonObject } from '../types.js';
import { nowTime, ok, recordEvent, type Handler, type HandlerContext } from './context.js';
import { domainsPlace, findDomain, recordsPlace } from './places.js';
import { checkFields } from './validate.js';
import type { EventEntity, Place, WriteRules } from './writes.js';

const domainEntity = (domain: JsonObject): EventEntity => ({
  id: Number(domain.id),
  label: String(domain.domain),
  type: 'domain',
  url: `/v4/domains/${String(domain.id)}`,
});

const IPV4 = /^(25[0-5]|2[0-4]\d|1?\d?\d)(\.(25[0-5]|2[0-4]\d|1?\d?\d)){3}$/;
const IPV6 = /^[0-9a-fA-F:]+$/;

function domainTaken(domains: JsonObject[], name: unknown, except?: JsonObject): boolean {
  return typeof name === 'string' && domains.some((d) => d !== except && String(d.domain).toLowerCase() === name.toLowerCase());
}

/** A master zone needs an SOA email; a slave zone needs the masters' addresses. */
function checkZone(errors: FieldErrors, domain: JsonObject): void {
  if (domain.type === 'master' && !domain.soa_email) errors.add('soa_email', 'soa_email is required for master domains');
  if (domain.type === 'slave' && !asList(domain.master_ips).length) errors.add('master_ips', 'master_ips is required for slave domains');
}

export const domainRules: WriteRules = {
  place: domainsPlace,
  idKind: 'domain',
  event: { create: 'dns_zone_create', update: 'dns_zone_update', delete: 'dns_zone_delete', entity: domainEntity },
  check: (ctx, errors, place, item) => {
    if (domainTaken(place.items, ctx.body.domain, item)) errors.add('domain', 'Domain already exists');
    if (errors.items.length) return;
    checkZone(errors, { ...item, ...ctx.body });
    for (const field of ['master_ips', 'axfr_ips']) {
      const ips = ctx.body[field];
      if (Array.isArray(ips))
        ips.forEach(
          (ip, i) =>
            typeof ip === 'string' &&
            !IPV4.test(ip) &&
            !IPV6.test(ip) &&
            errors.add(`${field}[${i}]`, `${field}[${i}] must be an IP address`),
        );
    }
  },
  initial: (ctx) => ({
    status: ctx.body.status ?? 'active',
    group: ctx.body.group ?? '',
    description: ctx.body.description ?? '',
    created: nowTime(ctx.state),
    updated: nowTime(ctx.state),
  }),
  created: (ctx, domain) => void (ctx.state.store.recordsByDomain[Number(domain.id)] = []),
  // Deleting a zone deletes its records.
  deleted: (ctx, domain) => void delete ctx.state.store.recordsByDomain[Number(domain.id)],
};

/** What each record type needs of its target (and other fields). */
function checkRecord(errors: FieldErrors, record: JsonObject): void {
  const { type, target, service, protocol, tag } = record;
  if (!target && type !== 'TXT') errors.add('target', `target is required for ${String(type)} records`);
  else if (type === 'A' && typeof target === 'string' && !IPV4.test(target))
    errors.add('target', 'target must be an IPv4 address for A records');
  else if (type === 'AAAA' && typeof target === 'string' && !(target.includes(':') && IPV6.test(target)))
    errors.add('target', 'target must be an IPv6 address for AAAA records');
  if (type === 'SRV' && !service) errors.add('service', 'service is required for SRV records');
  if (type === 'SRV' && !protocol) errors.add('protocol', 'protocol is required for SRV records');
  if (type === 'CAA' && !tag) errors.add('tag', 'tag is required for CAA records');
}

const recordDefaults = { name: '', target: '', priority: 0, weight: 0, port: 0, service: null, protocol: null, ttl_sec: 0, tag: null };

export const recordRules: WriteRules<DomainRecord> = {
  place: recordsPlace,
  idKind: 'record',
  event: {
    create: 'dns_record_create',
    update: 'dns_record_update',
    delete: 'dns_record_delete',
    entity: (_r, place: Place<DomainRecord>) => domainEntity(place.parent),
  },
  check: (ctx, errors, _place, item) => {
    if (errors.items.length) return;
    checkRecord(errors, { ...recordDefaults, ...item, ...ctx.body });
  },
  initial: (ctx) => Object.fromEntries(Object.entries(recordDefaults).map(([k, v]) => [k, ctx.body[k] ?? v])),
};

function newDomain(ctx: HandlerContext, fields: DomainRecord): DomainRecord {
  const { store } = ctx.state;
  const domain = { ...fields, id: ctx.state.ids.nextAbove('domain', Math.max(0, ...store.domains.map((d) => d.id))) };
  store.domains.push(domain);
  return domain;
}

/** POST clone: a new zone with the source's settings and a copy of its records. */
export const cloneDomain: Handler = (ctx) => {
  const source = findDomain(ctx);
  const errors = new FieldErrors();
  checkFields(errors, ctx.op.request, ctx.body);
  if (domainTaken(ctx.state.store.domains, ctx.body.domain)) errors.add('domain', 'Domain already exists');
  errors.throwIfAny();
  const domain = newDomain(ctx, { ...structuredClone(source), domain: String(ctx.body.domain) });
  const now = nowTime(ctx.state);
  const all = Object.values(ctx.state.store.recordsByDomain).flat();
  let floor = Math.max(0, ...all.map((r) => r.id));
  ctx.state.store.recordsByDomain[domain.id] = (ctx.state.store.recordsByDomain[source.id] ?? []).map((r) => {
    floor = ctx.state.ids.nextAbove('record', floor);
    return { ...structuredClone(r), id: floor, created: now, updated: now };
  });
  recordEvent(ctx.state, 'dns_zone_create', domainEntity(domain), 'domain', 'finished', domainEntity(domain).url);
  return ok(domain);
};

/**
 * POST import: Linode transfers the zone (AXFR) from the remote name server and keeps it as a new
 * master zone with the transferred records (event `dns_zone_import`). The servers the emulator can
 * "reach" are in data/remote-zones.ts; any other denies the transfer.
 */
export const importDomain: Handler = (ctx) => {
  const errors = new FieldErrors();
  checkFields(errors, ctx.op.request, ctx.body);
  if (domainTaken(ctx.state.store.domains, ctx.body.domain)) errors.add('domain', 'Domain already exists');
  errors.throwIfAny();
  const name = String(ctx.body.domain).toLowerCase();
  const zone = REMOTE_ZONES[String(ctx.body.remote_nameserver).toLowerCase()]?.[name];
  if (!zone) throw badRequest(`Unable to transfer the zone ${name} from ${String(ctx.body.remote_nameserver)}`, 'remote_nameserver');
  const now = nowTime(ctx.state);
  const domain = newDomain(ctx, {
    id: 0,
    type: 'master',
    domain: name,
    group: '',
    status: 'active',
    description: '',
    soa_email: `hostmaster@${name}`,
    retry_sec: 0,
    master_ips: [],
    axfr_ips: [],
    expire_sec: 0,
    refresh_sec: 0,
    ttl_sec: 0,
    tags: [],
    created: now,
    updated: now,
  });
  let floor = Math.max(
    0,
    ...Object.values(ctx.state.store.recordsByDomain)
      .flat()
      .map((r) => r.id),
  );
  ctx.state.store.recordsByDomain[domain.id] = zone.map((record) => {
    floor = ctx.state.ids.nextAbove('record', floor);
    return { ...recordDefaults, ...record, id: floor, created: now, updated: now };
  });
  recordEvent(ctx.state, 'dns_zone_import', domainEntity(domain), 'domain', 'finished', domainEntity(domain).url);
  return ok(domain);
};
