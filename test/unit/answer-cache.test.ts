// Whole answers shared between identical operations running at once (AnswerCache.lead/follow): a
// follower gets the leader's data only if it may be kept, and never waits past its own caller.
import { describe, expect, it } from 'vitest';
import { parse } from 'graphql';
import { AnswerCache } from '../../src/loaders/answer-cache.js';
import type { ReadLog } from '../../src/loaders/shared-reads.js';

const view = { epoch: 'e', version: 3, drops: {} };
const complete = (): ReadLog => ({ paths: new Set(['/linode/instances']), expiresAt: Number.POSITIVE_INFINITY, complete: true });
const data = { instances: { nodes: [{ id: '1' }] } };

function setup() {
  const cache = new AnswerCache();
  const key = cache.keyOf('token', parse('{ instances { nodes { id } } }'), null, {});
  return { cache, key };
}

describe('AnswerCache flights', () => {
  it('nothing running: a follower is told at once to run the operation itself', async () => {
    const { cache, key } = setup();
    expect(await cache.follow(key, 'p', view, new AbortController().signal)).toBeUndefined();
  });

  it("a follower gets the leader's data once it is done, and the flight lands", async () => {
    const { cache, key } = setup();
    const lead = cache.lead(key, 'p', view);
    const followed = cache.follow(key, 'p', view, new AbortController().signal);
    expect(cache.running).toBe(1);
    lead.settle({ data }, complete());
    expect(await followed).toEqual({ data });
    expect(cache.running).toBe(0);
    lead.settle(undefined, complete()); // a second settle changes nothing
  });

  it('an answer that may not be kept is not shared: with errors, without data, or read past the caches', async () => {
    const cases: Array<[Parameters<ReturnType<AnswerCache['lead']>['settle']>[0], ReadLog]> = [
      [{ data, errors: [new (await import('graphql')).GraphQLError('boom')] }, complete()],
      [{ data: null }, complete()],
      [undefined, complete()],
      [{ data }, { ...complete(), complete: false }],
    ];
    for (const [result, log] of cases) {
      const { cache, key } = setup();
      const lead = cache.lead(key, 'p', view);
      const followed = cache.follow(key, 'p', view, new AbortController().signal);
      lead.settle(result, log);
      expect(await followed).toBeUndefined();
    }
  });

  it('only the same freshness is followed: another write generation or a newer view runs itself', async () => {
    const { cache, key } = setup();
    cache.lead(key, 'p', view);
    expect(await cache.follow(key, 'other prefix', view, new AbortController().signal)).toBeUndefined();
    expect(await cache.follow(key, 'p', { ...view, version: 4 }, new AbortController().signal)).toBeUndefined();
  });

  it('a follower whose caller goes away stops waiting at once, the leader still running', async () => {
    const { cache, key } = setup();
    cache.lead(key, 'p', view);
    const caller = new AbortController();
    const followed = cache.follow(key, 'p', view, caller.signal);
    caller.abort();
    expect(await followed).toBeUndefined();
    expect(cache.running).toBe(1);
  });
});
