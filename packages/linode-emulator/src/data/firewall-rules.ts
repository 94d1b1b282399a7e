// Firewall rules as real answers shape them: `ports` only where the protocol has ports,
// `addresses.ipv6` only when IPv6 addresses are given, `description` only when there is one; and
// today's `version` and `fingerprint` of the rule set.
import type { JsonObject } from '../types.js';
import { hash } from './keyed-rng.js';

export type Rule = [
  protocol: string,
  ports: string | null,
  addresses: { ipv4: string[]; ipv6?: string[] },
  label: string,
  description: string,
];

export function rule([protocol, ports, addresses, label, description]: Rule, action = 'ACCEPT'): JsonObject {
  return {
    protocol,
    ...(ports === null ? {} : { ports }),
    addresses: { ipv4: addresses.ipv4, ...(addresses.ipv6?.length ? { ipv6: addresses.ipv6 } : {}) },
    action,
    label,
    ...(description ? { description } : {}),
  };
}

/** 8 hex digits naming the rules' content, as Linode's fingerprint does. */
export function fingerprintOf(rules: JsonObject): string {
  const { inbound, outbound, inbound_policy, outbound_policy } = rules;
  return hash(JSON.stringify([inbound, outbound, inbound_policy, outbound_policy]))
    .toString(16)
    .padStart(8, '0');
}

/** `version` and `fingerprint` of seeded rules: a few revisions each. */
export function firewallRuleKeys(label: string, rules: JsonObject): JsonObject {
  return { version: (hash(`firewall/${label}`) % 4) + 1, fingerprint: fingerprintOf(rules) };
}
