// GraphiQL's page: references only the gateway's own asset URLs, carries no inline script, and
// embeds its options as JSON data (read by boot.js).
import type { GraphiQLOptions } from 'graphql-yoga';
import { loadAssets, WORKERS, type AssetName } from './assets.js';

export const ASSETS_PATH = '/graphiql/assets';

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);

/** JSON that is safe inside a <script> element: no `<` can end it early. */
const scriptJson = (value: unknown) =>
  JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');

export async function renderOfflineGraphiQL(options: GraphiQLOptions): Promise<string> {
  const assets = await loadAssets();
  const url = (name: AssetName) => `${ASSETS_PATH}/${name}?v=${assets.get(name)?.hash ?? ''}`;
  const title = options.title ?? 'GraphiQL';
  const config = {
    options: { ...options, favicon: undefined },
    workers: Object.fromEntries(Object.entries(WORKERS).map(([label, name]) => [label, url(name)])),
  };
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${escapeHtml(title)}</title>
    <link rel="icon" href="${url('favicon.ico')}" />
    <link rel="stylesheet" href="${url('graphiql.css')}" />
  </head>
  <body id="body" class="no-focus-outline">
    <noscript>GraphiQL needs JavaScript.</noscript>
    <div id="root"></div>
    <script id="graphiql-config" type="application/json">${scriptJson(config)}</script>
    <script src="${url('boot.js')}"></script>
    <script src="${url('graphiql.js')}"></script>
  </body>
</html>
`;
}
