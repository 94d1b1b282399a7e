// Server-side rendering of the Apollo page: prerenderStatic runs the page's queries against the
// gateway, then renders the HTML with the data, and the cache's contents to hydrate the browser.
//   GATEWAY_URL=http://localhost:4000/graphql LINODE_TOKEN=... npm run example:apollo
import { pathToFileURL } from 'node:url';
import type { ApolloClient } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import { prerenderStatic } from '@apollo/client/react/ssr';
import { renderToString } from 'react-dom/server';
import { createGatewayClient } from './client.js';
import { InstancesPage } from './InstancesPage.js';

export async function renderInstancesPage(client: ApolloClient, first = 10): Promise<{ html: string; cache: unknown }> {
  const { result } = await prerenderStatic({
    tree: (
      <ApolloProvider client={client}>
        <InstancesPage first={first} />
      </ApolloProvider>
    ),
    renderFunction: renderToString,
  });
  return { html: result, cache: client.extract() };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const token = process.env.LINODE_TOKEN;
  if (!token) {
    console.error('Set LINODE_TOKEN (with `npm run demo` running, the demo token it prints works).');
    process.exit(2);
  }
  const client = createGatewayClient({ url: process.env.GATEWAY_URL ?? 'http://localhost:4000/graphql', token });
  console.log((await renderInstancesPage(client)).html);
}
