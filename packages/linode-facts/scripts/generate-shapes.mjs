// Writes src/shapes.ts (`npm run shapes -w linode-facts`): the TypeScript shapes of the facts,
// already formatted as Prettier formats the repository. test/shapes.test.ts fails when it is stale.
import { writeFileSync } from 'node:fs';
import { URL } from 'node:url';
import { tsImport } from 'tsx/esm/api';

const { facts } = await tsImport('../src/index.ts', import.meta.url);
const { shapesSource } = await tsImport('../src/shapes-generator.ts', import.meta.url);
writeFileSync(new URL('../src/shapes.ts', import.meta.url), shapesSource(facts));
