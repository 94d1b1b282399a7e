// Demo mode: the bundled Linode emulator as upstream, GraphiQL with a demo token, no account needed.
import { loadConfig } from './config.js';
import { DEMO_TOKEN, startEmulator } from './emulator/index.js';
import { serve } from './serve.js';

const config = loadConfig();
const emulator = await startEmulator({ port: Number(process.env.EMULATOR_PORT ?? 0) });
const running = await serve({ ...config, linodeApiUrl: emulator.url, demoToken: DEMO_TOKEN, graphiql: true });
process.once('beforeExit', () => void emulator.close());

console.log(`
  Linode GraphQL gateway (demo mode: emulated Linode API at ${emulator.url})

  GraphiQL:    http://localhost:${running.port}/graphql
  Demo token:  ${DEMO_TOKEN}   (already set in GraphiQL's headers)

  Try:  { instances(first: 5) { totalCount nodes { label status region { label } } } }
`);
