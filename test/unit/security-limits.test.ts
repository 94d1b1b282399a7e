// The pieces behind issue 10's limits, one by one: counting filter conditions (bounded work
// whatever the input), the variables' shape, child global ids, login state cookies, and the
// breaker's scopes.
import { describe, expect, it } from 'vitest';
import { openLoginState, sealLoginState } from '../../src/auth/login-state.js';
import { CircuitBreaker, type UpstreamClient } from '../../src/rest/breaker.js';
import { LinodeApiError } from '../../src/rest/errors.js';
import { compileXFilter, countFilterConditions, FilterLimitError, type FilterField } from '../../src/rest/xfilter.js';
import { childKeyPattern } from '../../src/schema/kit/child-resource.js';
import { checkVariableShape } from '../../src/security/variable-limits.js';

const fields: FilterField[] = [{ name: 'label', linode: 'label', type: 'string' }];

describe('countFilterConditions', () => {
  it('counts comparisons, `in` values and nested filters, every use of a shared object', () => {
    expect(countFilterConditions({ label: { eq: 'a', neq: 'b' } }, 100)).toBe(2);
    expect(countFilterConditions({ label: { in: ['a', 'b', 'c'] } }, 100)).toBe(3);
    const shared = { label: { in: ['a', 'b'] } };
    expect(countFilterConditions({ or: [shared, shared, shared] }, 100)).toBe(3 + 3 * 2);
  });

  it('stops past the cap: a million uses of a 2000-value list cost no more than the cap', () => {
    const shared = { label: { in: Array.from({ length: 2000 }, (_, i) => `v${i}`) } };
    const bomb = { or: Array.from({ length: 1_000_000 }, () => shared) };
    expect(countFilterConditions(bomb, 200)).toBe(201);
  });

  it('compileXFilter refuses with its own codes: conditions before compiling, bytes after', () => {
    const limits = { maxConditions: 5, maxBytes: 60 };
    expect(() => compileXFilter({ label: { in: ['a', 'b', 'c', 'd', 'e', 'f'] } }, fields, null, limits)).toThrowError(
      expect.objectContaining({ code: 'TOO_MANY_FILTER_CONDITIONS' }) as FilterLimitError,
    );
    expect(() => compileXFilter({ label: { eq: 'x'.repeat(80) } }, fields, null, limits)).toThrowError(
      expect.objectContaining({ code: 'FILTER_TOO_LARGE' }) as FilterLimitError,
    );
    expect(compileXFilter({ label: { eq: 'x' } }, fields, null, limits)).toEqual({ label: 'x' });
  });
});

describe('checkVariableShape', () => {
  it.each([
    [{ a: [1, 2, { b: 'c' }] }, { ok: true }],
    [JSON.parse(`${'['.repeat(40)}1${']'.repeat(40)}`), { ok: false, code: 'VARIABLES_TOO_DEEP' }],
    [{ list: Array.from({ length: 200 }, () => 1) }, { ok: false, code: 'VARIABLES_TOO_LARGE' }],
  ])('%#', (variables, expected) => expect(checkVariableShape(variables, { maxDepth: 32, maxValues: 100 })).toEqual(expected));
});

describe('childKeyPattern', () => {
  it.each([
    ['GET /linode/instances/{id}/disks', '41/5', true],
    ['GET /linode/instances/{id}/disks', '41/configs/1/5', false],
    ['GET /linode/instances/{id}/disks', '41/5/6', false],
    ['GET /nodebalancers/{id}/configs/{id}/nodes', '7/configs/3/9', true],
    ['GET /nodebalancers/{id}/configs/{id}/nodes', '7/3/9', false],
    ['GET /nodebalancers/{id}/configs/{id}/nodes', '7/nodes/3/9', false],
    ['GET /monitor/services/{slug}/alert-definitions', 'dbaas/10000', true],
    ['GET /monitor/services/{slug}/alert-definitions', '../10000', false],
    ['GET /monitor/services/{slug}/alert-definitions', 'dbaas/x/10000', false],
  ])('%s: %s -> %s', (operation, key, valid) => expect(childKeyPattern(operation).test(key)).toBe(valid));
});

describe('login state cookie', () => {
  const key = Buffer.alloc(32, 1);
  const state = { nonce: 'n0nce', returnTo: '/app', expiresAt: 2_000 };

  it('opens with its key before it expires, and not otherwise', () => {
    const sealed = sealLoginState(key, state);
    expect(openLoginState(key, sealed, 1_000)).toEqual(state);
    expect(openLoginState(key, sealed, 2_000)).toBeUndefined();
    expect(openLoginState(Buffer.alloc(32, 2), sealed, 1_000)).toBeUndefined();
    expect(openLoginState(key, `${sealed.split('.')[0]}x.${sealed.split('.')[1]}`, 1_000)).toBeUndefined();
    expect(openLoginState(key, undefined, 1_000)).toBeUndefined();
  });
});

describe('CircuitBreaker scopes', () => {
  const failing: UpstreamClient = {
    request: () => Promise.reject(new LinodeApiError({ code: 'UPSTREAM_ERROR', status: 500, operation: 'GET /linode/instances/{id}' })),
  };

  it("a caller's failures on collections open its own circuit only; the shared one needs failures from several callers", async () => {
    const breaker = new CircuitBreaker(failing, { threshold: 3, minCallers: 2, now: () => 0 });
    for (let i = 0; i < 3; i += 1) await breaker.request({ method: 'GET', path: '/x', token: 'alice' }).catch(() => undefined);
    expect(breaker.stateFor('alice')).toBe('open');
    expect(breaker.stateFor('bob')).toBe('closed');
    expect(breaker.state).toBe('closed');
    await breaker.request({ method: 'GET', path: '/x', token: 'bob' }).catch(() => undefined);
    expect(breaker.state).toBe('open');
    expect(breaker.stateFor(null)).toBe('open');
  });

  it("a caller's failures under one object open none of its circuits", async () => {
    const breaker = new CircuitBreaker(failing, { threshold: 3, minCallers: 2, now: () => 0 });
    const read = { method: 'GET' as const, path: '/linode/instances/7', operation: 'GET /linode/instances/{id}', token: 'alice' };
    for (let i = 0; i < 10; i += 1) await breaker.request(read).catch(() => undefined);
    expect(breaker.stateFor('alice')).toBe('closed');
    expect(breaker.state).toBe('closed');
  });
});
