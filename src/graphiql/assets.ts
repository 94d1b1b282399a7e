// GraphiQL's static assets, bundled: the compiled GraphiQL, its stylesheet (fonts inlined as data
// URIs), the Monaco editor workers and the favicon all come from the @graphql-yoga/render-graphiql
// package in node_modules, plus a small boot script of ours. Nothing is loaded from a CDN.
// Assets are a fixed table looked up by exact name: no file system path is ever built from a URL.
import { createHash } from 'node:crypto';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import { BOOT_SCRIPT } from './boot.js';

const gzipAsync = promisify(gzip);

export interface Asset {
  body: Uint8Array<ArrayBuffer>;
  contentType: string;
  /** Short content hash: the `?v=` in asset URLs and the ETag. */
  hash: string;
  /** gzip-encoded body, computed on first use. */
  gzipped?: Promise<Uint8Array<ArrayBuffer>>;
}

export type AssetName =
  'graphiql.js' | 'graphiql.css' | 'boot.js' | 'favicon.ico' | 'editor.worker.js' | 'json.worker.js' | 'graphql.worker.js';

/** The Monaco worker labels GraphiQL asks for, and the asset serving each. */
export const WORKERS: Record<string, AssetName> = {
  editorWorkerService: 'editor.worker.js',
  json: 'json.worker.js',
  graphql: 'graphql.worker.js',
};

const JS = 'text/javascript; charset=utf-8';

function asset(body: string | Uint8Array, contentType: string): Asset {
  const bytes = new Uint8Array(typeof body === 'string' ? Buffer.from(body, 'utf8') : body);
  return { body: bytes, contentType, hash: createHash('sha256').update(bytes).digest('base64url').slice(0, 16) };
}

function dataUriBytes(uri: string): Uint8Array {
  const comma = uri.indexOf(',');
  return Buffer.from(uri.slice(comma + 1), 'base64');
}

let loading: Promise<ReadonlyMap<string, Asset>> | undefined;

/** The asset table; the 9 MB bundle is imported on first use only (never when GraphiQL is off). */
export function loadAssets(): Promise<ReadonlyMap<string, Asset>> {
  return (loading ??= import('@graphql-yoga/render-graphiql/graphiql').then(
    (bundle) =>
      new Map<AssetName, Asset>([
        ['graphiql.js', asset(bundle.js, JS)],
        ['graphiql.css', asset(bundle.css, 'text/css; charset=utf-8')],
        ['boot.js', asset(BOOT_SCRIPT, JS)],
        ['favicon.ico', asset(dataUriBytes(bundle.favicon), 'image/x-icon')],
        ['editor.worker.js', asset(bundle.editorWorkerService, JS)],
        ['json.worker.js', asset(bundle.jsonWorker, JS)],
        ['graphql.worker.js', asset(bundle.graphqlWorker, JS)],
      ]),
  ));
}

/** The asset's body gzip-encoded (once, then kept). */
export function gzipped(item: Asset): Promise<Uint8Array<ArrayBuffer>> {
  return (item.gzipped ??= gzipAsync(item.body, { level: 9 }).then((b) => new Uint8Array(b)));
}
