// Serves GraphiQL's bundled assets at /graphiql/assets/<name>. Names are looked up in a fixed
// table (no file system access from a URL, so no path traversal). URLs carry a content hash, so
// responses are cacheable for a year; ETag + If-None-Match answer revalidations with 304.
import type { Plugin } from 'graphql-yoga';
import { gzipped, loadAssets } from './assets.js';
import { ASSETS_PATH } from './render.js';

const IMMUTABLE = 'public, max-age=31536000, immutable';

export function useGraphiQLAssets(): Plugin {
  const prefix = `${ASSETS_PATH}/`;
  return {
    async onRequest(payload) {
      const { url, request, fetchAPI } = payload;
      if (!url.pathname.startsWith(prefix)) return;
      const respond = (status: number, body: BodyInit | null, headers: Record<string, string> = {}) =>
        payload.endResponse(new fetchAPI.Response(body, { status, headers: { 'x-content-type-options': 'nosniff', ...headers } }));

      if (request.method !== 'GET' && request.method !== 'HEAD') {
        return respond(405, null, { allow: 'GET, HEAD' });
      }
      const item = (await loadAssets()).get(url.pathname.slice(prefix.length));
      if (!item) return respond(404, 'Not found', { 'content-type': 'text/plain; charset=utf-8' });

      const etag = `"${item.hash}"`;
      // A stale ?v= (an old page after an upgrade) must not be cached as if it were this content.
      const version = url.searchParams.get('v');
      const common = {
        etag,
        vary: 'Accept-Encoding',
        'cache-control': version === item.hash ? IMMUTABLE : 'no-cache',
      };
      if (
        request.headers
          .get('if-none-match')
          ?.split(',')
          .some((tag) => tag.trim().replace(/^W\//, '') === etag)
      ) {
        return respond(304, null, common);
      }
      const useGzip = /\bgzip\b/.test(request.headers.get('accept-encoding') ?? '');
      const body = useGzip ? await gzipped(item) : item.body;
      return respond(200, request.method === 'HEAD' ? null : body, {
        ...common,
        'content-type': item.contentType,
        'content-length': String(body.byteLength),
        ...(useGzip ? { 'content-encoding': 'gzip' } : {}),
      });
    },
  };
}
