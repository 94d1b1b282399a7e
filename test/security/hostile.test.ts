// Hostile and broken input: each case gets its exact error code and, where none is needed, no
// upstream request at all.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEMO_TOKEN } from 'linode-emulator';
import type { GqlError } from '../support/gql.js';
import { startStack, type Stack } from '../support/stack.js';

let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
});
afterAll(() => stack.close());
beforeEach(() => stack.emulator.clearLog());

interface Case {
  name: string;
  /** A GraphQL query sent as JSON, or a raw request. */
  query?: string;
  variables?: Record<string, unknown>;
  raw?: { method?: string; url?: string; headers?: Record<string, string>; body?: string };
  code: string;
  status?: number;
  /** Upstream requests allowed (default 0). */
  upstream?: number;
}

const parses = (text: string) => {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
};
const b64 = (text: string) => Buffer.from(text).toString('base64');
const nested = (depth: number) => {
  let inner = 'id';
  for (let i = 0; i < depth; i += 1) inner = `configs { nodes { instance { ${inner} } } }`;
  return `{ instances(first: 1) { nodes { ${inner} } } }`;
};

const badInstanceIds = ['../1', '1/../2', '1%2F2', '1?x=1', '1#x', '1\n', '１２３', '-1', '1e5', ' 1', '', '0x10', '123456789012345678'];
const badRegionIds = ['us-east/../account', 'us east', 'us-east%2Faccount', '..', 'us-east?x', 'a/b/c', '\u0000'];
const badImageIds = ['linode/../../account', 'private/1/../2', 'other/debian', 'linode/', 'linode/%2e%2e'];

const cases: Case[] = [
  // Limits
  { name: 'query nested too deep', query: nested(6), code: 'QUERY_TOO_DEEP' },
  {
    name: 'alias bomb',
    query: `{ ${Array.from({ length: 31 }, (_, i) => `r${i}: regions(first: 1) { totalCount }`).join(' ')} }`,
    code: 'TOO_MANY_ALIASES',
  },
  {
    name: 'directive flood',
    query: `{ regions(first: 1) { totalCount ${'@include(if: true) '.repeat(25)} } }`,
    code: 'TOO_MANY_DIRECTIVES',
  },
  { name: 'token flood', query: `{ regions(first: 1) { ${'totalCount '.repeat(3100)} } }`, code: 'TOO_MANY_TOKENS' },
  {
    name: 'nested connection over budget',
    query: '{ instances(first: 500) { nodes { disks { totalCount } } } }',
    code: 'QUERY_TOO_EXPENSIVE',
  },
  {
    name: 'budget counts variables',
    query: 'query($n: Int) { instances(first: $n) { nodes { configs { totalCount } disks { totalCount } } } }',
    variables: { n: 200 },
    code: 'QUERY_TOO_EXPENSIVE',
  },
  {
    name: 'budget counts variable defaults',
    query: 'query($n: Int = 400) { instances(first: $n) { nodes { ips { ipv4 { public { address } } } } } }',
    code: 'QUERY_TOO_EXPENSIVE',
  },
  { name: 'first above the maximum', query: '{ instances(first: 100000) { totalCount } }', code: 'BAD_USER_INPUT' },
  { name: 'last above the maximum', query: '{ instances(last: 501) { totalCount } }', code: 'BAD_USER_INPUT' },
  { name: 'negative first', query: '{ instances(first: -1) { totalCount } }', code: 'BAD_USER_INPUT' },
  { name: 'negative last', query: '{ regions(last: -5) { totalCount } }', code: 'BAD_USER_INPUT' },
  // Cursors
  { name: 'garbage cursor', query: '{ instances(first: 5, after: "garbage") { totalCount } }', code: 'BAD_USER_INPUT' },
  {
    name: 'cursor with a negative offset',
    query: `{ instances(first: 5, after: "${Buffer.from('v1:-5').toString('base64url')}") { totalCount } }`,
    code: 'BAD_USER_INPUT',
  },
  {
    name: 'cursor with a huge offset',
    query: `{ instances(first: 5, before: "${Buffer.from('v1:99999999999').toString('base64url')}") { totalCount } }`,
    code: 'BAD_USER_INPUT',
  },
  {
    name: 'cursor of another encoding',
    query: `{ regions(first: 5, after: "${b64('OffsetConnection:3')}") { totalCount } }`,
    code: 'BAD_USER_INPUT',
  },
  // Filters
  {
    name: 'filter on a field Linode cannot filter',
    query: '{ instances(filter: { status: { eq: "running" } }) { totalCount } }',
    code: 'GRAPHQL_VALIDATION_FAILED',
  },
  {
    name: 'filter with an unknown operator',
    query: '{ instances(filter: { label: { like: "x" } }) { totalCount } }',
    code: 'GRAPHQL_VALIDATION_FAILED',
  },
  {
    name: 'filter value of the wrong type',
    query: '{ linodeTypes(filter: { vcpus: { gt: "two" } }) { totalCount } }',
    code: 'GRAPHQL_VALIDATION_FAILED',
  },
  { name: 'filter with an empty in', query: '{ instances(filter: { label: { in: [] } }) { totalCount } }', code: 'BAD_USER_INPUT' },
  { name: 'filter with an empty or', query: '{ instances(filter: { or: [] }) { totalCount } }', code: 'BAD_USER_INPUT' },
  { name: 'non-numeric id in an id filter', query: '{ instances(filter: { id: { eq: "abc" } }) { totalCount } }', code: 'BAD_USER_INPUT' },
  {
    name: 'filter nested too deep',
    query: `{ instances(filter: ${'{ and: ['.repeat(12)}{ label: { eq: "a" } }${'] }'.repeat(12)}) { totalCount } }`,
    code: 'BAD_USER_INPUT',
  },
  {
    name: 'orderBy on a field Linode cannot sort by',
    query: '{ instances(orderBy: { field: STATUS }) { totalCount } }',
    code: 'GRAPHQL_VALIDATION_FAILED',
  },
  // GraphQL documents and variables
  { name: 'syntax error', query: '{ instances(', code: 'GRAPHQL_PARSE_FAILED' },
  { name: 'null byte in the query', query: '{ regions\u0000 { totalCount } }', code: 'GRAPHQL_PARSE_FAILED' },
  { name: 'unknown field', query: '{ nope }', code: 'GRAPHQL_VALIDATION_FAILED' },
  {
    name: 'variable of the wrong type',
    query: 'query($f: Int) { instances(first: $f) { totalCount } }',
    variables: { f: 'ten' },
    code: 'BAD_USER_INPUT',
  },
  {
    name: 'missing required variable',
    query: 'query($id: ID!) { instance(id: $id) { id } }',
    code: 'GRAPHQL_VALIDATION_FAILED',
    status: 400,
  },
  {
    name: 'bad DateTime variable',
    query: 'query($t: DateTime) { events(filter: { created: { gt: $t } }) { totalCount } }',
    variables: { t: 'yesterday' },
    code: 'BAD_USER_INPUT',
  },
  // Date.parse accepts these; Linode cannot compare them.
  {
    name: 'DateTime without a time',
    query: 'query($t: DateTime) { events(filter: { created: { gt: $t } }) { totalCount } }',
    variables: { t: '2021-06-01' },
    code: 'BAD_USER_INPUT',
  },
  { name: 'DateTime in prose', query: '{ events(filter: { created: { lt: "June 1, 2021" } }) { totalCount } }', code: 'BAD_USER_INPUT' },
  // Ids before paths
  ...badInstanceIds.map((id) => ({
    name: `instance id ${JSON.stringify(id)}`,
    query: 'query($id: ID!) { instance(id: $id) { id } }',
    variables: { id },
    code: 'BAD_USER_INPUT',
  })),
  ...badRegionIds.map((id) => ({
    name: `region id ${JSON.stringify(id)}`,
    query: 'query($id: ID!) { region(id: $id) { id } }',
    variables: { id },
    code: 'BAD_USER_INPUT',
  })),
  ...badImageIds.map((id) => ({
    name: `image id ${JSON.stringify(id)}`,
    query: 'query($id: ID!) { image(id: $id) { id } }',
    variables: { id },
    code: 'BAD_USER_INPUT',
  })),
  {
    name: 'mutation id with a path',
    query: 'mutation { deleteInstance(id: "1/../../account") { userErrors { message } } }',
    code: 'BAD_USER_INPUT',
  },
  { name: 'global id not base64', query: '{ node(id: "!!!") { __typename } }', code: 'BAD_USER_INPUT' },
  { name: 'global id of an unknown type', query: `{ node(id: "${b64('Bogus:1')}") { __typename } }`, code: 'BAD_USER_INPUT' },
  { name: 'global id with a path', query: `{ node(id: "${b64('Instance:../1')}") { __typename } }`, code: 'BAD_USER_INPUT' },
  { name: 'global ids with one bad', query: `{ nodes(ids: ["${b64('Region:us east')}"]) { __typename } }`, code: 'BAD_USER_INPUT' },
  // Headers
  {
    name: 'no token for private data',
    query: '{ instances(first: 1) { totalCount } }',
    raw: { headers: { authorization: '' } },
    code: 'UNAUTHENTICATED',
    upstream: 1,
  },
  {
    name: 'Basic credentials',
    query: '{ instances(first: 1) { totalCount } }',
    raw: { headers: { authorization: 'Basic dXNlcjpwYXNz' } },
    code: 'UNAUTHENTICATED',
    upstream: 1,
  },
  {
    name: 'Bearer without a token',
    query: '{ instances(first: 1) { totalCount } }',
    raw: { headers: { authorization: 'Bearer ' } },
    code: 'UNAUTHENTICATED',
    upstream: 1,
  },
  {
    name: 'unknown token',
    query: '{ instances(first: 1) { totalCount } }',
    raw: { headers: { authorization: `Bearer ${'x'.repeat(5000)}` } },
    code: 'UNAUTHENTICATED',
    upstream: 1,
  },
  {
    name: 'POST without content-type (CSRF)',
    raw: { headers: { 'content-type': '' }, body: '{"query":"{ regions { totalCount } }"}' },
    code: 'CSRF_PREVENTED',
    status: 403,
  },
  {
    name: 'POST as text/plain (CSRF)',
    raw: { headers: { 'content-type': 'text/plain' }, body: '{"query":"{ regions { totalCount } }"}' },
    code: 'CSRF_PREVENTED',
    status: 403,
  },
  {
    name: 'POST as a form (CSRF)',
    raw: { headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'query=%7B%20regions%20%7B%20totalCount%20%7D%20%7D' },
    code: 'CSRF_PREVENTED',
    status: 403,
  },
  {
    // Queries never write: GETs need no CSRF header (issue 12); subscriptions over GET do.
    name: 'GET subscription without a CSRF header',
    raw: { method: 'GET', url: '/graphql?query=subscription%7Bevents%7Bid%7D%7D' },
    code: 'CSRF_PREVENTED',
    status: 403,
  },
  {
    name: 'mutation over GET',
    raw: {
      method: 'GET',
      url: '/graphql?query=mutation%7BdeleteInstance(id%3A1)%7BuserErrors%7Bmessage%7D%7D%7D',
      headers: { 'x-graphql-csrf': '1' },
    },
    code: 'BAD_REQUEST',
    status: 405,
  },
  // Bodies
  { name: 'invalid JSON', raw: { body: '{bad json' }, code: 'BAD_REQUEST', status: 400 },
  { name: 'query not a string', raw: { body: '{"query": 5}' }, code: 'BAD_REQUEST', status: 400 },
  { name: 'variables not an object', raw: { body: '{"query": "{ __typename }", "variables": "x"}' }, code: 'BAD_REQUEST', status: 400 },
  {
    name: 'unknown operationName',
    raw: { body: '{"query": "query A { __typename }", "operationName": "B"}' },
    code: 'OPERATION_RESOLUTION_FAILURE',
    status: 400,
  },
  {
    name: 'too many batched operations',
    raw: { body: JSON.stringify(Array.from({ length: 11 }, () => ({ query: '{ __typename }' }))) },
    code: 'BATCH_TOO_LARGE',
    status: 413,
  },
  { name: 'empty batch', raw: { body: '[]' }, code: 'BAD_REQUEST', status: 400 },
  {
    name: 'alias bomb on __typename',
    query: `{ ${Array.from({ length: 200 }, (_, i) => `t${i}: __typename`).join(' ')} }`,
    code: 'TOO_MANY_ALIASES',
  },
  // CSRF on every path variant yoga serves GraphQL at, not only the exact `/graphql`.
  {
    name: 'GET subscription to /graphql/ without a CSRF header',
    raw: { method: 'GET', url: '/graphql/?query=subscription%7Bevents%7Bid%7D%7D' },
    code: 'CSRF_PREVENTED',
    status: 403,
  },
  {
    name: 'form POST mutation to /graphql/ (CSRF)',
    raw: {
      url: '/graphql/',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: `query=${encodeURIComponent('mutation { deleteInstance(id: 1) { userErrors { message } } }')}`,
    },
    code: 'CSRF_PREVENTED',
    status: 403,
  },
  {
    name: 'body over the size limit',
    raw: { body: JSON.stringify({ query: '{ __typename }', variables: { pad: 'x'.repeat(120_000) } }) },
    code: 'REQUEST_TOO_LARGE',
    status: 413,
  },
];

/** A case's answer: its query through gql(), or its raw request (method, URL, headers, body) as it is. */
async function send(c: Case): Promise<{ status: number; text: string; errors?: GqlError[] }> {
  if (!c.raw) return stack.gql(c.query ?? '', { variables: c.variables });
  const headers: Record<string, string> = { 'content-type': 'application/json', authorization: `Bearer ${DEMO_TOKEN}`, ...c.raw.headers };
  for (const [k, v] of Object.entries(headers)) if (v === '') delete headers[k];
  const method = c.raw.method ?? 'POST';
  const body = method === 'GET' ? undefined : (c.raw.body ?? JSON.stringify({ query: c.query, variables: c.variables }));
  if (body !== undefined) headers['content-length'] = String(Buffer.byteLength(body));
  const response = await stack.gateway.yoga.fetch(`http://gateway.test${c.raw.url ?? '/graphql'}`, { method, headers, body });
  const text = await response.text();
  return { status: response.status, text, ...(JSON.parse(text) as { errors?: GqlError[] }) };
}

describe('hostile and broken input', () => {
  it(`covers at least 50 cases (${cases.length})`, () => expect(cases.length).toBeGreaterThanOrEqual(50));

  it.each(cases)('$name -> $code', async (c) => {
    const { status, errors, text } = await send(c);
    expect(errors?.[0]?.extensions?.code, text.slice(0, 300)).toBe(c.code);
    if (c.status) expect(status).toBe(c.status);
    expect(stack.emulator.log).toHaveLength(c.upstream ?? 0);
    // No stack traces or internals in any answer.
    expect(text).not.toMatch(/at .+\.(ts|js):\d+|node_modules|127\.0\.0\.1/);
    expect(text).not.toContain(DEMO_TOKEN);
    // A body that is not JSON is not quoted back (the parser's message would).
    if (c.raw?.body && !parses(c.raw.body)) expect(text).not.toContain(c.raw.body.slice(0, 8));
  });

  it('a GET query with a CSRF header works', async () => {
    const response = await stack.gateway.yoga.fetch(
      'http://gateway.test/graphql?query=%7B%20regions(first%3A%201)%20%7B%20totalCount%20%7D%20%7D',
      {
        headers: { 'x-graphql-csrf': '1', accept: 'application/json' },
      },
    );
    expect((await response.json()).data.regions.totalCount).toBeGreaterThan(0);
  });

  it('reports the cost estimate beside the upstream count', async () => {
    const { extensions } = await stack.gql('{ instances(first: 10) { nodes { disks { totalCount } region { id } } } }');
    // 1 list + 10 disk lists + the region catalog (unless an earlier test left it in the cache).
    const { cost, upstream } = extensions ?? {};
    expect(cost).toEqual({ estimated: 12, budget: 300 });
    expect(upstream.requests).toBeGreaterThanOrEqual(11);
    expect(upstream.requests).toBeLessThanOrEqual(cost.estimated);
  });

  it('no CORS headers for other origins unless configured', async () => {
    const response = await stack.gateway.yoga.fetch('http://gateway.test/graphql', {
      method: 'OPTIONS',
      headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' },
    });
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
  });
});
