// GraphiQL served by the gateway itself, working offline: see assets.ts, render.ts and plugin.ts.
import type { GraphiQLOptions } from 'graphql-yoga';
import type { GatewayConfig } from '../config.js';

export { useGraphiQLAssets } from './plugin.js';
export { renderOfflineGraphiQL, ASSETS_PATH } from './render.js';

/** GraphiQL's options for a configuration; in demo mode the demo token is pre-filled in the headers. */
export function graphiqlOptions(config: Pick<GatewayConfig, 'graphiql' | 'demoToken' | 'oauthClientId'>): GraphiQLOptions | false {
  if (!config.graphiql) return false;
  const headers = config.demoToken ? JSON.stringify({ Authorization: `Bearer ${config.demoToken}` }, null, 2) : undefined;
  return {
    title: 'Linode GraphQL Gateway',
    headers,
    // New tabs start with the demo token too.
    defaultHeaders: headers,
    defaultQuery: config.oauthClientId ? DEFAULT_QUERY.replace(LOGIN_HINT_AFTER, `${LOGIN_HINT_AFTER}${LOGIN_HINT}`) : DEFAULT_QUERY,
  };
}

const LOGIN_HINT_AFTER = '#   { "Authorization": "Bearer <token>" }\n';
// With the login flow on, GraphiQL's requests carry the session cookie (same origin).
const LOGIN_HINT = '# or log in with Linode at /auth/login?return_to=/graphql and leave the headers empty.\n';

const DEFAULT_QUERY = `# Linode GraphQL Gateway. Send your Linode token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }
# Browse the schema with the Docs button (book icon, top left). Run with Ctrl+Enter.
query FirstInstances {
  instances(first: 3) {
    totalCount
    nodes {
      label
      status
      region { id label }
    }
  }
}
`;
