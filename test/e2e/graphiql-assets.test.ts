// GraphiQL served offline, checked without a browser: the page references only the gateway's own
// asset URLs, the assets are served with the right types and cache headers, nothing in them points
// at a CDN or font service, and no request can reach outside the asset table.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGateway, type Gateway } from '../../src/gateway.js';

let gateway: Gateway;
let html: string;
const get = (path: string, headers: Record<string, string> = {}) => gateway.yoga.fetch(`http://gateway.test${path}`, { headers });

beforeAll(async () => {
  gateway = createGateway({ linodeApiUrl: 'http://127.0.0.1:9/v4', demoToken: 'demo-token-for-graphiql' });
  const page = await get('/graphql', { accept: 'text/html' });
  expect(page.status).toBe(200);
  expect(page.headers.get('content-type')).toMatch(/^text\/html/);
  html = await page.text();
});
afterAll(async () => {
  await gateway.close();
});

const assetUrls = () => [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]);
const pageConfig = () =>
  JSON.parse(/<script id="graphiql-config" type="application\/json">(.*?)<\/script>/s.exec(html)![1]) as {
    options: { headers?: string; title?: string };
    workers: Record<string, string>;
  };

describe('GraphiQL page', () => {
  it('references only the gateway, with no inline script', () => {
    const urls = [...assetUrls(), ...Object.values(pageConfig().workers)];
    expect(urls.length).toBeGreaterThanOrEqual(7);
    for (const url of urls) expect(url).toMatch(/^\/graphiql\/assets\/[a-z.]+\?v=[\w-]{16}$/);
    expect(html).not.toMatch(/https?:\/\//);
    // Every <script> either has a src or is JSON data.
    for (const tag of html.match(/<script[^>]*>/g) ?? []) expect(tag).toMatch(/ src="|type="application\/json"/);
  });

  it('pre-fills the demo token in the headers', () => {
    const { options } = pageConfig();
    expect(JSON.parse(options.headers!)).toEqual({ Authorization: 'Bearer demo-token-for-graphiql' });
    expect(options.title).toBe('Linode GraphQL Gateway');
  });

  it('is not served when GRAPHIQL is off', async () => {
    const off = createGateway({ linodeApiUrl: 'http://127.0.0.1:9/v4', graphiql: false });
    try {
      const page = await off.yoga.fetch('http://gateway.test/graphql', { headers: { accept: 'text/html' } });
      expect(await page.text()).not.toContain('graphiql');
      expect((await off.yoga.fetch(`http://gateway.test${assetUrls()[0]}`)).status).toBe(404);
    } finally {
      await off.close();
    }
  });
});

describe('GraphiQL assets', () => {
  it('are served with their content type, a year of caching for hashed URLs, and an ETag', async () => {
    const types: Record<string, RegExp> = { js: /^text\/javascript/, css: /^text\/css/, ico: /^image\/x-icon$/ };
    for (const url of [...assetUrls(), ...Object.values(pageConfig().workers)]) {
      const response = await get(url);
      expect(response.status, url).toBe(200);
      expect(response.headers.get('content-type'), url).toMatch(types[/\.(\w+)\?/.exec(url)![1]]);
      expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      const etag = response.headers.get('etag')!;
      expect(etag).toBe(`"${url.split('?v=')[1]}"`);
      expect((await response.arrayBuffer()).byteLength).toBeGreaterThan(0);
      expect((await get(url, { 'if-none-match': etag })).status).toBe(304);
    }
  });

  it('revalidate when requested without the current hash', async () => {
    const response = await get('/graphiql/assets/boot.js?v=stale');
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-cache');
  });

  it('are gzip-encoded for clients that accept it', async () => {
    const url = assetUrls().find((u) => u.includes('graphiql.js'))!;
    const plain = await get(url);
    const zipped = await get(url, { 'accept-encoding': 'gzip, br' });
    expect(zipped.headers.get('content-encoding')).toBe('gzip');
    expect(zipped.headers.get('vary')).toBe('Accept-Encoding');
    expect(Number(zipped.headers.get('content-length'))).toBeLessThan(Number(plain.headers.get('content-length')) / 2);
  });

  it('point at no CDN or font service (fonts are inlined)', async () => {
    const bodies = await Promise.all(
      [...assetUrls(), ...Object.values(pageConfig().workers)]
        .filter((u) => !u.includes('.ico'))
        .map(async (u) => [u, await (await get(u)).text()] as const),
    );
    for (const [url, body] of bodies) {
      expect(body, url).not.toMatch(/unpkg\.com|jsdelivr|cdnjs|googleapis|gstatic|esm\.sh|skypack/);
    }
    const css = bodies.find(([u]) => u.includes('.css'))![1];
    expect(css).not.toMatch(/@import/);
    const cssUrls = [...css.matchAll(/url\(\s*['"]?([^'")]+)/g)].map((m) => m[1]);
    expect(cssUrls.length).toBeGreaterThan(0);
    for (const u of cssUrls) expect(u).toMatch(/^(data:|#)/);
  });

  it('cannot be used to read anything else', async () => {
    for (const path of [
      '/graphiql/assets/',
      '/graphiql/assets/../../package.json',
      '/graphiql/assets/..%2F..%2Fpackage.json',
      '/graphiql/assets/%2e%2e/%2e%2e/package.json',
      '/graphiql/assets/%2Fetc%2Fpasswd',
      '/graphiql/assets/constructor',
      '/graphiql/assets/__proto__',
      '/graphiql/assets/graphiql.js/',
      '/graphiql/assets/GRAPHIQL.JS',
    ]) {
      const response = await get(path);
      expect(response.status, path).not.toBe(200);
      expect(await response.text(), path).not.toMatch(/"name": "linode-graphql-gateway"|root:/);
    }
    expect((await gateway.yoga.fetch('http://gateway.test/graphiql/assets/boot.js', { method: 'POST', body: '' })).status).toBe(405);
  });
});
