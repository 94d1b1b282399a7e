// UpstreamSession: bounded concurrency, in-request dedup, cache scopes, counting.
import { describe, expect, it } from 'vitest';
import { UpstreamSession } from '../../src/loaders/upstream-session.js';
import { ResponseCache } from '../../src/rest/cache.js';
import type { LinodeClient, LinodeRequest } from '../../src/rest/client.js';
import { UpstreamBudget } from '../../src/security/budget.js';

function fakeClient(answer: (req: LinodeRequest) => unknown = () => ({ data: [], page: 1, pages: 1, results: 0 })) {
  const calls: LinodeRequest[] = [];
  let inFlight = 0;
  let maxInFlight = 0;
  const client = {
    async request(req: LinodeRequest) {
      req.onAttempt?.(); // before the attempt, as the real client: it may refuse to send
      calls.push(req);
      inFlight += 1;
      maxInFlight = Math.max(maxInFlight, inFlight);
      await new Promise((resolve) => setImmediate(resolve));
      inFlight -= 1;
      return { data: answer(req), status: 200, rateLimit: { limit: 200, remaining: 199 - calls.length, reset: 1 } };
    },
  } as unknown as LinodeClient;
  return { client, calls, maxInFlight: () => maxInFlight };
}

describe('UpstreamSession', () => {
  it('never has more requests in flight than its concurrency', async () => {
    const fake = fakeClient();
    const session = new UpstreamSession(fake.client, 't', new ResponseCache(), { concurrency: 3 });
    await Promise.all(Array.from({ length: 20 }, (_, i) => session.get(`/linode/instances/${i}/disks`)));
    expect(fake.calls).toHaveLength(20);
    expect(fake.maxInFlight()).toBe(3);
    expect(session.requests).toBe(20);
    expect(session.rateLimit).toEqual({ limit: 200, remaining: 179, reset: 1 });
  });

  it('sends one request for identical GETs (same path, query and filter) within a request', async () => {
    const fake = fakeClient();
    const session = new UpstreamSession(fake.client, 't', new ResponseCache());
    await Promise.all([
      session.get('/volumes', { query: { page: 1, page_size: 25 }, filter: { label: 'a' } }),
      session.get('/volumes', { query: { page_size: 25, page: 1 }, filter: { label: 'a' } }),
      session.get('/volumes', { query: { page: 1, page_size: 25 }, filter: { label: 'b' } }),
    ]);
    expect(fake.calls).toHaveLength(2);
  });

  it('a write clears the memo so later reads see the change', async () => {
    const fake = fakeClient();
    const session = new UpstreamSession(fake.client, 't', new ResponseCache());
    await session.get('/linode/instances/1');
    await session.write('PUT', '/linode/instances/1', { label: 'x' });
    await session.get('/linode/instances/1');
    expect(fake.calls.map((c) => c.method)).toEqual(['GET', 'PUT', 'GET']);
  });

  it('a list seen whole (one page was all of it) answers any other page of it without a request', async () => {
    const fake = fakeClient((req) => ({ data: req.path === '/volumes' ? [1, 2, 3] : [], page: 1, pages: 1, results: 3 }));
    const session = new UpstreamSession(fake.client, 't', new ResponseCache());
    await session.page('/volumes', 1, 100, { filter: { tags: 'a' } });
    expect(await session.page('/volumes', 1, 500, { filter: { tags: 'a' } })).toEqual({ data: [1, 2, 3], page: 1, pages: 1, results: 3 });
    expect(await session.page('/volumes', 2, 2, { filter: { tags: 'a' } })).toEqual({ data: [3], page: 2, pages: 2, results: 3 });
    expect(fake.calls).toHaveLength(1);
    // Another filter is another list.
    await session.page('/volumes', 1, 500, { filter: { tags: 'b' } });
    expect(fake.calls).toHaveLength(2);
  });

  it('a list with more pages is not taken for whole', async () => {
    const fake = fakeClient((req) => ({ data: [req.query?.page], page: req.query?.page, pages: 2, results: 150 }));
    const session = new UpstreamSession(fake.client, 't', new ResponseCache());
    await session.page('/volumes', 1, 100);
    await session.page('/volumes', 1, 500);
    expect(fake.calls).toHaveLength(2);
  });

  it('fetches a whole collection with the first page telling how many more to fetch', async () => {
    const fake = fakeClient((req) => ({ data: [req.query?.page], page: req.query?.page, pages: 3, results: 3 }));
    const session = new UpstreamSession(fake.client, 't', new ResponseCache());
    expect(await session.all('/regions')).toEqual([1, 2, 3]);
    expect(fake.calls.map((c) => c.query)).toEqual([
      { page: 1, page_size: 500 },
      { page: 2, page_size: 500 },
      { page: 3, page_size: 500 },
    ]);
  });

  it('shares public answers between callers (fetched without any token) and keeps private ones per token', async () => {
    const fake = fakeClient((req) => ({ data: [req.token], page: 1, pages: 1, results: 1 }));
    const cache = new ResponseCache();
    const rule = (scope: 'public' | 'private') => ({ cache: { scope, ttlMs: 60_000 } });
    await new UpstreamSession(fake.client, 'alice', cache).all('/regions', rule('public'));
    expect(await new UpstreamSession(fake.client, null, cache).all('/regions', rule('public'))).toEqual([null]);
    expect(fake.calls).toHaveLength(1);
    expect(fake.calls[0].token).toBeNull();

    await new UpstreamSession(fake.client, 'alice', cache).all('/images', rule('private'));
    expect(await new UpstreamSession(fake.client, 'bob', cache).all('/images', rule('private'))).toEqual(['bob']);
    expect(await new UpstreamSession(fake.client, 'alice', cache).all('/images', rule('private'))).toEqual(['alice']);
    expect(fake.calls).toHaveLength(3);
  });

  it("a caller's write invalidates that caller's private entries, not anyone else's", async () => {
    const fake = fakeClient((req) => ({ data: [req.token], page: 1, pages: 1, results: 1 }));
    const cache = new ResponseCache();
    const images = (token: string) =>
      new UpstreamSession(fake.client, token, cache).all('/images', { cache: { scope: 'private', ttlMs: 60_000 } });
    await images('alice');
    await images('bob');
    await images('alice');
    expect(fake.calls).toHaveLength(2);

    await new UpstreamSession(fake.client, 'alice', cache).write('POST', '/images', { disk_id: 1 });
    await images('alice'); // fetched again
    await images('bob'); // still cached
    await images('alice'); // cached again, under the new generation
    expect(fake.calls.map((c) => `${c.method} ${c.path} ${c.token}`)).toEqual([
      'GET /images alice',
      'GET /images bob',
      'POST /images alice',
      'GET /images alice',
    ]);
  });

  it('a failed write invalidates too: it may have happened', async () => {
    let fail = false;
    const fake = fakeClient((req) => {
      if (fail) throw new Error('timeout');
      return { data: [req.path], page: 1, pages: 1, results: 1 };
    });
    const cache = new ResponseCache();
    const session = () => new UpstreamSession(fake.client, 'alice', cache);
    await session().all('/images', { cache: { scope: 'private', ttlMs: 60_000 } });
    fail = true;
    await expect(session().write('DELETE', '/images/private/1')).rejects.toThrow('timeout');
    fail = false;
    await session().all('/images', { cache: { scope: 'private', ttlMs: 60_000 } });
    expect(fake.calls.filter((c) => c.method === 'GET')).toHaveLength(2);
  });

  it('once the operation is done, calls still queued are not sent (issue 10, finding 2)', async () => {
    const fake = fakeClient();
    const session = new UpstreamSession(fake.client, 't', new ResponseCache(), { concurrency: 1 });
    const calls = Array.from({ length: 5 }, (_, i) =>
      session.get(`/linode/instances/1/disks/${i}`).then(
        () => 'sent',
        (e: Error) => e.message,
      ),
    );
    while (fake.calls.length === 0) await new Promise((resolve) => setImmediate(resolve));
    session.finish(); // one call in flight, four queued
    expect(await Promise.all(calls)).toEqual(['sent', ...Array(4).fill('The Linode API request was cancelled')]);
    expect(fake.calls).toHaveLength(1);
  });

  it('a budget stops the request past it before it is sent', async () => {
    const fake = fakeClient();
    const session = new UpstreamSession(fake.client, 't', new ResponseCache(), { budget: new UpstreamBudget(2) });
    const answers = await Promise.allSettled([1, 2, 3].map((i) => session.get(`/volumes/${i}`)));
    expect(answers.map((a) => a.status)).toEqual(['fulfilled', 'fulfilled', 'rejected']);
    expect((answers[2] as PromiseRejectedResult).reason.extensions).toMatchObject({ code: 'QUERY_TOO_EXPENSIVE', budget: 2 });
    expect(fake.calls).toHaveLength(2);
  });

  it('never puts a raw token into a cache key', async () => {
    const fake = fakeClient();
    const keys: string[] = [];
    const cache = new ResponseCache();
    const set = cache.set.bind(cache);
    cache.set = (key, value, ttl) => {
      keys.push(key);
      return set(key, value, ttl);
    };
    await new UpstreamSession(fake.client, 'secret-token-123', cache).all('/images', { cache: { scope: 'private', ttlMs: 1000 } });
    expect(keys).toHaveLength(1);
    expect(keys[0]).not.toContain('secret-token-123');
    expect(keys[0]).toContain(cache.tokenKey('secret-token-123'));
  });
});
