// Trusted documents manifests: both formats are read, and a broken manifest stops the gateway at
// start instead of failing requests later.
import { describe, expect, it } from 'vitest';
import { readTrustedDocuments } from '../../src/transport/trusted-documents.js';

describe('readTrustedDocuments', () => {
  it("reads GraphQL Code Generator's persisted-documents.json ({ hash: document })", () => {
    const documents = readTrustedDocuments(JSON.stringify({ abc: 'query A { __typename }', def: '{ regions { totalCount } }' }));
    expect([...documents.keys()]).toEqual(['abc', 'def']);
  });

  it("reads Apollo's persisted query manifest", () => {
    const manifest = {
      format: 'apollo-persisted-query-manifest',
      version: 1,
      operations: [{ id: 'h1', name: 'A', type: 'query', body: 'query A { __typename }' }],
    };
    expect(readTrustedDocuments(JSON.stringify(manifest)).get('h1')).toBe('query A { __typename }');
  });

  it('refuses a document that does not parse, or a manifest with none', () => {
    expect(() => readTrustedDocuments(JSON.stringify({ h: 'query {' }))).toThrow(/Syntax Error/);
    expect(() => readTrustedDocuments('[]')).toThrow(/lists no documents/);
  });
});
