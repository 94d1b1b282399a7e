// Copies the facts of the Linode OpenAPI spec (../shared/linode-api/facts.json) into the project,
// keeping structure only: examples longer than a short value are dropped so no spec prose lands here.
import { readFileSync, writeFileSync } from 'node:fs';

const source = process.argv[2] ?? '../shared/linode-api/facts.json';
const facts = JSON.parse(readFileSync(source, 'utf8'));

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

const out = { source: facts.source, version: facts.version, operations: strip(facts.operations), filterable: facts.filterable, schemas: strip(facts.schemas) };
writeFileSync('src/facts/linode-facts.json', JSON.stringify(out) + '\n');
console.log(`wrote src/facts/linode-facts.json: ${out.operations.length} operations, ${Object.keys(out.schemas).length} schemas`);
