// Copies what the repository keeps of the team's shared folder (default ../shared): the contract
// documents into test/contract/documents, and the spec's facts (and the spec) into linode-facts.
// Nothing else reads the shared folder: a clone of this repository stands alone.
import { execFileSync } from 'node:child_process';
import { copyFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';

const shared = resolve(process.argv[2] ?? '../shared');
for (const file of readdirSync(`${shared}/contract`)) copyFileSync(`${shared}/contract/${file}`, `test/contract/documents/${file}`);
execFileSync('node', ['scripts/sync-facts.mjs', `${shared}/linode-api/facts.json`], { cwd: 'packages/linode-facts', stdio: 'inherit' });
console.log(`copied ${shared}/contract into test/contract/documents`);
