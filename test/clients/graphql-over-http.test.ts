// Issue 12, point 7: GraphQL over HTTP. graphql-http's server audits (every MUST passes; the
// SHOULDs and MAYs are reported), a wrongly typed variable answers 400 under
// application/graphql-response+json (graphql-request), Access-Control-Max-Age on preflights,
// Cache-Control/ETag on GET answers, and the README documents every setting's bounds, codegen's
// DateTime mapping and Relay's nodeInterfaceIdField.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, expectTypeOf, it } from 'vitest';
import { serverAudits } from 'graphql-http';
import { ClientError, GraphQLClient } from 'graphql-request';
import { ApolloClient, HttpLink, InMemoryCache, gql } from '@apollo/client';
import type { RecentEventsQuery } from '../../examples/generated/graphql.js';
import { DEMO_TOKEN, GATEWAY_URL, startClientStack, type ClientStack } from './support.js';

let stack: ClientStack;
beforeAll(async () => {
  stack = await startClientStack({ gateway: { corsOrigins: ['https://app.example.com'] } });
});
afterAll(() => stack.close());

describe('graphql-http server audits', () => {
  it('every MUST passes; SHOULDs and MAYs are reported', async ({ annotate }) => {
    const results = await Promise.all(
      serverAudits({ url: GATEWAY_URL, fetchFn: stack.fetch }).map(async (audit) => ({ audit, result: await audit.fn() })),
    );
    const level = (name: string) => name.split(' ')[0];
    const count = (lvl: string, status: string) =>
      results.filter(({ audit, result }) => level(audit.name) === lvl && result.status === status).length;
    const failedMusts = results.filter(({ audit, result }) => level(audit.name) === 'MUST' && result.status !== 'ok');
    expect(failedMusts.map(({ audit, result }) => `${audit.name}: ${result.status === 'ok' ? '' : result.reason}`)).toEqual([]);
    const notOk = results.filter(({ result }) => result.status !== 'ok').map(({ audit, result }) => `${audit.name} (${result.status})`);
    // A test annotation (reporters such as junit and html show it), not console output.
    await annotate(
      `graphql-http audit: MUST ${count('MUST', 'ok')} passed, ${results.filter((r) => level(r.audit.name) === 'MUST').length - count('MUST', 'ok')} failed; ` +
        `SHOULD ${count('SHOULD', 'ok')} passed, ${results.filter((r) => level(r.audit.name) === 'SHOULD').length - count('SHOULD', 'ok')} not; ` +
        `MAY ${count('MAY', 'ok')} passed, ${results.filter((r) => level(r.audit.name) === 'MAY').length - count('MAY', 'ok')} not` +
        (notOk.length ? `: ${notOk.join('; ')}` : ''),
    );
    expect(count('MUST', 'ok')).toBeGreaterThan(10);
  });
});

describe('status codes', () => {
  it('a wrongly typed variable answers 400 under application/graphql-response+json (graphql-request), 200 under application/json', async () => {
    const client = new GraphQLClient(GATEWAY_URL, { fetch: stack.fetch });
    const error = await client.request('query($n: Int) { regions(first: $n) { totalCount } }', { n: 'ten' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ClientError);
    expect((error as ClientError).response.status).toBe(400);
    expect((error as ClientError).response.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const request = stack.seen.at(-1);
    expect(request?.headers.get('accept')).toContain('application/graphql-response+json');
    expect(request?.contentType).toMatch(/^application\/graphql-response\+json/);

    const legacy = await stack.fetch(GATEWAY_URL, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ query: 'query($n: Int) { regions(first: $n) { totalCount } }', variables: { n: 'ten' } }),
    });
    expect(legacy.status).toBe(200);
  });
});

describe('browsers and caches', () => {
  it('a CORS preflight carries Access-Control-Max-Age', async () => {
    const preflight = await stack.fetch(GATEWAY_URL, {
      method: 'OPTIONS',
      headers: {
        origin: 'https://app.example.com',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type,authorization',
      },
    });
    expect(preflight.headers.get('access-control-allow-origin')).toBe('https://app.example.com');
    expect(preflight.headers.get('access-control-max-age')).toBe('7200');
  });

  const PUBLIC = gql`
    query PublicRegions {
      regions(first: 3) {
        nodes {
          id
          label
        }
      }
    }
  `;

  it('a public GET answer (Apollo with useGETForQueries, no token) is cacheable and revalidates with its ETag', async () => {
    stack.forget();
    const apollo = new ApolloClient({
      link: new HttpLink({ uri: GATEWAY_URL, fetch: stack.fetch, useGETForQueries: true }),
      cache: new InMemoryCache(),
    });
    await apollo.query({ query: PUBLIC });
    const [get] = stack.seen;
    expect(get.method).toBe('GET');
    const url = get.url.toString();
    const first = await stack.fetch(url);
    expect(first.headers.get('cache-control')).toBe('public, max-age=3600');
    expect(first.headers.get('vary')).toMatch(/Authorization, Cookie, Accept/);
    const etag = first.headers.get('etag');
    expect(etag).toMatch(/^W\/"/);
    const again = await stack.fetch(url, { headers: { 'if-none-match': etag ?? '' } });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
  });

  it('answers read with a token are private, no-store; POSTs and answers with errors are no-store', async () => {
    const query = encodeURIComponent('{ regions(first: 1) { nodes { id } } }');
    const withToken = await stack.fetch(`${GATEWAY_URL}?query=${query}`, { headers: { authorization: `Bearer ${DEMO_TOKEN}` } });
    expect(withToken.status).toBe(200);
    expect(withToken.headers.get('cache-control')).toBe('private, no-store');
    expect(withToken.headers.get('etag')).toBeNull();
    const post = await stack.fetch(GATEWAY_URL, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ regions(first: 1) { nodes { id } } }' }),
    });
    expect(post.headers.get('cache-control')).toBe('no-store');
    const failing = await stack.fetch(`${GATEWAY_URL}?query=${encodeURIComponent('{ instances(first: 1) { totalCount } }')}`);
    expect(failing.headers.get('cache-control')).toBe('no-store');
  });

  it('a subscription over GET still needs the CSRF header (it would poll Linode with the session)', async () => {
    const response = await stack.fetch(`${GATEWAY_URL}?query=${encodeURIComponent('subscription { events { id } }')}`, {
      headers: { authorization: `Bearer ${DEMO_TOKEN}`, accept: 'application/json' },
    });
    expect(response.status).toBe(403);
    expect((await response.json()).errors[0].extensions.code).toBe('CSRF_PREVENTED');
  });
});

describe('documentation a client needs', () => {
  const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
  const config = readFileSync(new URL('../../src/config.ts', import.meta.url), 'utf8');

  it("every numeric setting's bounds are in the README's configuration table", () => {
    const settings = [...config.matchAll(/integer\(env, '([A-Z_]+)', [^,]+, ([\d_]+), ([\d_\s*]+)\)/g)].map(([, name, min, max]) => ({
      name,
      min: Number(min.replace(/_/g, '')),
      // A bound may be written as a product (`365 * 86_400_000`).
      max: max
        .split('*')
        .map((factor) => Number(factor.replace(/[_\s]/g, '')))
        .reduce((product, factor) => product * factor, 1),
    }));
    expect(settings.length).toBeGreaterThan(20);
    const missing = settings.filter(({ name, min, max }) => {
      const row = readme.split('\n').find((line) => line.startsWith(`| \`${name}\``));
      return !row?.includes(`${min}..${max}`);
    });
    expect(missing.map((s) => `${s.name} ${s.min}..${s.max}`)).toEqual([]);
  });

  it("the README gives codegen's scalar mappings and Relay's nodeInterfaceIdField", () => {
    expect(readme).toContain('nodeInterfaceIdField: "globalId"');
    expect(readme).toMatch(/DateTime: 'string'/);
    const relay = JSON.parse(readFileSync(new URL('../../examples/relay/relay.config.json', import.meta.url), 'utf8'));
    expect(relay.schemaConfig.nodeInterfaceIdField).toBe('globalId');
  });

  it('codegen types DateTime as a string', () => {
    type Created = NonNullable<RecentEventsQuery['events']>['nodes'][number]['created'];
    expectTypeOf<Created>().toEqualTypeOf<string | null>();
  });
});
