// Copies the facts of the Linode OpenAPI spec (the team's shared linode-api/facts.json, given as the
// first argument) into data/, with the spec itself beside them,
// keeping structure only: examples longer than a short value are dropped so no spec prose lands here.
// The spec's YAML beside it tells which operations are public (they list no `security`) and which
// request fields are required (facts.json does not record `required`).
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import console from 'node:console';
import process from 'node:process';
import { parse } from 'yaml';

// Run from this package: `npm run sync -w linode-facts -- <path to facts.json>` (the root's
// `npm run sync:shared` does it for the team's shared folder).
const source = process.argv[2];
if (!source) throw new Error('usage: node scripts/sync-facts.mjs <path to facts.json> [<path to the spec yaml>]');
const facts = JSON.parse(readFileSync(source, 'utf8'));
const specPath = process.argv[3] ?? join(dirname(source), `openapi-${facts.version}.yaml`);

function strip(node) {
  if (Array.isArray(node)) return node.map(strip);
  if (node && typeof node === 'object') {
    const out = {};
    for (const [key, value] of Object.entries(node)) {
      // A field may itself be named "description"; only prose strings are dropped.
      if ((key === 'description' || key === 'summary') && typeof value === 'string') continue;
      if (key === 'example' && (typeof value === 'object' || String(value).length > 40)) continue;
      out[key] = strip(value);
    }
    return out;
  }
  return node;
}

/** "METHOD path" of every operation that needs no token: no `security` on it, its path or the spec. */
function publicOperations(spec) {
  const out = new Set();
  for (const [path, item] of Object.entries(spec.paths ?? {})) {
    for (const method of ['get', 'post', 'put', 'delete']) {
      const op = item[method];
      if (op && (op.security ?? item.security ?? spec.security) === undefined) out.add(`${method.toUpperCase()} ${path}`);
    }
  }
  return out;
}

/** The node a local `$ref` (`#/components/schemas/X`, `#/components/schemas/X/properties/y`) points to. */
function deref(spec, node) {
  let out = node;
  for (let hops = 0; out?.$ref && hops < 20; hops += 1) {
    out = out.$ref
      .replace(/^#\//, '')
      .split('/')
      .reduce((n, key) => n?.[key.replace(/~1/g, '/').replace(/~0/g, '~')], spec);
  }
  return out;
}

/**
 * A schema's properties and required names, with `$ref` followed and `allOf` parts merged (their
 * required lists add up); of `oneOf`/`anyOf` alternatives only what every one requires is required.
 */
function resolveSchema(spec, node) {
  const n = deref(spec, node) ?? {};
  const properties = { ...(n.properties ?? {}) };
  // A property described in several parts obeys all of them.
  const addProperties = (more) => {
    for (const [k, v] of Object.entries(more)) properties[k] = properties[k] ? { allOf: [properties[k], v] } : v;
  };
  const required = new Set(n.required ?? []);
  for (const part of n.allOf ?? []) {
    const r = resolveSchema(spec, part);
    addProperties(r.properties);
    r.required.forEach((name) => required.add(name));
  }
  const alternatives = (n.oneOf ?? n.anyOf ?? []).map((part) => resolveSchema(spec, part));
  for (const r of alternatives) addProperties(r.properties);
  if (alternatives.length)
    alternatives
      .reduce((common, r) => common.filter((k) => r.required.includes(k)), alternatives[0].required)
      .forEach((k) => required.add(k));
  const items = n.items ?? (n.allOf ?? []).map((part) => deref(spec, part)?.items).find(Boolean);
  // `required` on an array (its parts included) can only mean its items' fields.
  return { properties, required: [...required], items, arrayRequired: n.type === 'array' || items ? [...required] : [] };
}

/** Adds `required` to every object of a request fact, walking the spec's schema beside it. */
function addRequired(spec, fact, schema, depth = 0) {
  if (!fact || typeof fact !== 'object' || !schema || depth > 12) return;
  const r = resolveSchema(spec, schema);
  if (fact.fields) {
    const required = r.required.filter((name) => Object.hasOwn(fact.fields, name));
    if (required.length) fact.required = required;
    for (const [name, field] of Object.entries(fact.fields)) addRequired(spec, field, r.properties[name], depth + 1);
  }
  if (fact.items) {
    addRequired(spec, fact.items, r.items, depth + 1);
    // Some arrays list their items' required fields on the array itself (LKE `node_pools`).
    const extra = r.arrayRequired.filter(
      (name) => fact.items.fields && Object.hasOwn(fact.items.fields, name) && !fact.items.required?.includes(name),
    );
    if (extra.length) fact.items.required = [...(fact.items.required ?? []), ...extra];
  }
}

const spec = parse(readFileSync(specPath, 'utf8'));
if (spec.info?.version !== facts.version) throw new Error(`${specPath} is ${spec.info?.version}, the facts are ${facts.version}`);
const publicOps = publicOperations(spec);
const operations = strip(facts.operations).map((op) => (publicOps.has(`${op.method} ${op.path}`) ? { ...op, public: true } : op));
for (const op of operations) {
  const body = spec.paths?.[op.path]?.[op.method.toLowerCase()]?.requestBody;
  if (op.request) addRequired(spec, op.request, deref(spec, body)?.content?.['application/json']?.schema);
}
const missing = [...publicOps].filter((key) => !operations.some((op) => `${op.method} ${op.path}` === key));
if (missing.length) throw new Error(`public operations missing from the facts: ${missing.join(', ')}`);

const out = { source: facts.source, version: facts.version, operations, filterable: facts.filterable, schemas: strip(facts.schemas) };
writeFileSync('data/linode-facts.json', JSON.stringify(out) + '\n');
copyFileSync(specPath, `data/openapi-${facts.version}.yaml`);
const count = operations.filter((op) => op.public).length;
console.log(
  `wrote data/linode-facts.json and the spec beside it: ${operations.length} operations (${count} public), ${Object.keys(out.schemas).length} schemas`,
);
