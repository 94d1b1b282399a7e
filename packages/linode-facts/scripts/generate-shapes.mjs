// Writes src/shapes.ts (`npm run shapes -w linode-facts`): the TypeScript shapes of the facts,
// formatted as the repository formats its code. test/shapes.test.ts fails when it is stale.
import { writeFileSync } from 'node:fs';
import { fileURLToPath, URL } from 'node:url';
import { format, resolveConfig } from 'prettier';
import { tsImport } from 'tsx/esm/api';

const { facts } = await tsImport('../src/index.ts', import.meta.url);
const { shapesSource } = await tsImport('../src/shapes-generator.ts', import.meta.url);
const target = fileURLToPath(new URL('../src/shapes.ts', import.meta.url));
writeFileSync(target, await format(shapesSource(facts), { ...(await resolveConfig(target)), filepath: target }));
