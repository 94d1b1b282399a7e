// Copies the facts of the Linode OpenAPI spec (../shared/linode-api/facts.json) into the project,
// keeping structure only: examples longer than a short value are dropped so no spec prose lands here.
// The spec's YAML beside it tells which operations are public (they list no `security`).
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parse } from 'yaml';

const source = process.argv[2] ?? '../shared/linode-api/facts.json';
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

const spec = parse(readFileSync(specPath, 'utf8'));
if (spec.info?.version !== facts.version) throw new Error(`${specPath} is ${spec.info?.version}, the facts are ${facts.version}`);
const publicOps = publicOperations(spec);
const operations = strip(facts.operations).map((op) => (publicOps.has(`${op.method} ${op.path}`) ? { ...op, public: true } : op));
const missing = [...publicOps].filter((key) => !operations.some((op) => `${op.method} ${op.path}` === key));
if (missing.length) throw new Error(`public operations missing from the facts: ${missing.join(', ')}`);

const out = { source: facts.source, version: facts.version, operations, filterable: facts.filterable, schemas: strip(facts.schemas) };
writeFileSync('src/facts/linode-facts.json', JSON.stringify(out) + '\n');
const count = operations.filter((op) => op.public).length;
console.log(`wrote src/facts/linode-facts.json: ${operations.length} operations (${count} public), ${Object.keys(out.schemas).length} schemas`);
