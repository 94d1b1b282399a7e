// Production switches: introspection and GraphiQL off, CORS only for listed origins.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStack, type Stack } from '../support/stack.js';

let stack: Stack;
beforeAll(async () => {
  stack = await startStack({ gateway: { introspection: false, graphiql: false, corsOrigins: ['https://app.example.com'] } });
});
afterAll(() => stack.close());

describe('production settings', () => {
  it('refuses introspection with INTROSPECTION_DISABLED and suggests no field names', async () => {
    const { errors } = await stack.gql('{ __schema { types { name } } }', { token: null });
    expect(errors?.[0].extensions?.code).toBe('INTROSPECTION_DISABLED');
    const typo = await stack.gql('{ instancez { totalCount } }', { token: null });
    expect(typo.errors?.[0].message).not.toMatch(/Did you mean/);
    const plain = await stack.gql('{ regions(first: 1) { totalCount } }', { token: null });
    expect(plain.errors).toBeUndefined();
  });

  it('serves no GraphiQL page or assets', async () => {
    const page = await stack.gateway.yoga.fetch('http://gateway.test/graphql', { headers: { accept: 'text/html' } });
    expect(await page.text()).not.toContain('<html');
    const asset = await stack.gateway.yoga.fetch('http://gateway.test/graphiql/assets/graphiql.css');
    expect(asset.status).toBe(404);
  });

  it('answers CORS preflights for listed origins only, never with credentials', async () => {
    const preflight = (origin: string) =>
      stack.gateway.yoga.fetch('http://gateway.test/graphql', {
        method: 'OPTIONS',
        headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type,authorization' },
      });
    const allowed = await preflight('https://app.example.com');
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://app.example.com');
    expect(allowed.headers.get('access-control-allow-credentials')).not.toBe('true');
    const other = await preflight('https://evil.example');
    expect(other.headers.get('access-control-allow-origin')).not.toBe('https://evil.example');
  });
});
