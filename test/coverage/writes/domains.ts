// Write cases for DNS zones and their records, and a zone imported from the one remote name server
// the emulator lets transfer it (linode-emulator's data/remote-zones.ts).
import type { Emulator } from 'linode-emulator';
import type { WriteCase } from './types.js';

const master = (e: Emulator) => e.store.domains.find((d) => d.type === 'master' && (e.store.recordsByDomain[d.id] ?? []).length > 0)!;
const userErrors = 'userErrors { field message }';

export const cases: WriteCase[] = [
  {
    mutation: 'createDomain',
    document: `mutation { createDomain(input: { domain: "coverage-example.net", type: MASTER, soaEmail: "admin@coverage-example.net" }) { domain { id domain } ${userErrors} } }`,
    returns: 'domain',
  },
  {
    mutation: 'updateDomain',
    document: `mutation($id: ID!) { updateDomain(id: $id, input: { description: "coverage" }) { domain { id description } ${userErrors} } }`,
    variables: (e) => ({ id: master(e).id }),
    returns: 'domain',
  },
  {
    mutation: 'cloneDomain',
    document: `mutation($id: ID!) { cloneDomain(id: $id, input: { domain: "coverage-clone.net" }) { domain { id domain } ${userErrors} } }`,
    variables: (e) => ({ id: master(e).id }),
    returns: 'domain',
  },
  {
    mutation: 'importDomain',
    document: `mutation { importDomain(input: { domain: "imported-zone.example", remoteNameserver: "ns1.zone-source.example" }) { domain { id domain type } ${userErrors} } }`,
    returns: 'domain',
  },
  {
    mutation: 'createDomainRecord',
    document: `mutation($domainId: ID!) { createDomainRecord(domainId: $domainId, input: { type: A, name: "coverage", target: "203.0.113.9" }) { record { id name target } ${userErrors} } }`,
    variables: (e) => ({ domainId: master(e).id }),
    returns: 'record',
  },
  {
    mutation: 'updateDomainRecord',
    document: `mutation($domainId: ID!, $id: ID!) { updateDomainRecord(domainId: $domainId, id: $id, input: { ttlSec: 300 }) { record { id ttlSec } ${userErrors} } }`,
    variables: (e) => ({ domainId: master(e).id, id: e.store.recordsByDomain[master(e).id][0].id }),
    returns: 'record',
  },
  {
    mutation: 'deleteDomainRecord',
    document: `mutation($domainId: ID!, $id: ID!) { deleteDomainRecord(domainId: $domainId, id: $id) { deletedId ${userErrors} } }`,
    variables: (e) => ({ domainId: master(e).id, id: e.store.recordsByDomain[master(e).id].at(-1)!.id }),
    returns: 'deletedId',
  },
  {
    mutation: 'deleteDomain',
    document: `mutation($id: ID!) { deleteDomain(id: $id) { deletedId ${userErrors} } }`,
    variables: (e) => ({ id: e.store.domains.find((d) => d.domain === 'coverage-clone.net')!.id }),
    returns: 'deletedId',
  },
];
