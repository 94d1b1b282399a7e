// Demo mode: the bundled Linode emulator as upstream, GraphiQL with a demo token, no account needed.
import { loadConfig } from '../src/config.js';
import { DEMO_OAUTH_CLIENT, DEMO_TOKEN, startEmulator } from 'linode-emulator';
import { serve } from '../src/http-server.js';

const config = loadConfig();
const emulator = await startEmulator({ port: Number(process.env.EMULATOR_PORT ?? 0) });
// The login flow too, against the emulator's login server (it approves at once: one demo user).
const callback = `http://localhost:${config.port}/auth/callback`;
emulator.registerOAuthClient({ ...DEMO_OAUTH_CLIENT, redirectUri: callback });
const running = await serve({
  ...config,
  linodeApiUrl: emulator.url,
  monitorApiUrl: emulator.monitorUrl,
  demoToken: DEMO_TOKEN,
  graphiql: true,
  linodeLoginUrl: emulator.loginUrl,
  oauthClientId: DEMO_OAUTH_CLIENT.id,
  oauthClientSecret: DEMO_OAUTH_CLIENT.secret,
  oauthRedirectUrl: callback,
});
process.once('beforeExit', () => void emulator.close());

console.log(`
  Linode GraphQL gateway (demo mode: emulated Linode API at ${emulator.url}, metrics host at ${emulator.monitorUrl})

  GraphiQL:    http://localhost:${running.port}/graphql
  Demo token:  ${DEMO_TOKEN}   (already set in GraphiQL's headers)
  Log in:      http://localhost:${running.port}/auth/login   (the OAuth flow; then GraphQL works with the session cookie)

  Try:  { instances(first: 5) { totalCount nodes { label status region { label } } } }
`);
