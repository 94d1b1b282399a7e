// MAX_CONCURRENT_OPERATIONS: operations past the limit wait their turn, and every place taken is
// given back: when the operation is done, when its caller goes away, and when anything fails
// before it runs (a place never given back is lost to every later operation: the gateway stalls).
import { buildSchema, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import type { GatewayContext } from '../../src/context.js';
import { OperationGate } from '../../src/loaders/operation-gate.js';
import type { RateLimitBook } from '../../src/loaders/rate-limit-book.js';
import { upstreamAdmission } from '../../src/loaders/upstream-admission.js';

/** Whether `promise` settles within a few turns of the event loop. */
async function settles(promise: Promise<unknown>): Promise<boolean> {
  let settled = false;
  promise.then(
    () => (settled = true),
    () => (settled = true),
  );
  for (let i = 0; i < 5; i += 1) await new Promise((resolve) => setImmediate(resolve));
  return settled;
}

describe('OperationGate', () => {
  it('lets in `max` operations, then one per place given back, in arrival order; a second leave gives nothing back', async () => {
    const gate = new OperationGate(2);
    const first = await gate.enter();
    await gate.enter();
    const order: number[] = [];
    const third = gate.enter().then((leave) => (order.push(3), leave));
    const fourth = gate.enter().then((leave) => (order.push(4), leave));
    expect(await settles(third)).toBe(false);
    expect(gate.waiting).toBe(2);
    first();
    first();
    expect(await settles(third)).toBe(true);
    expect(await settles(fourth)).toBe(false);
    (await third)();
    expect(await settles(fourth)).toBe(true);
    expect(order).toEqual([3, 4]);
  });
});

describe('upstream admission with MAX_CONCURRENT_OPERATIONS 1', () => {
  const schema = buildSchema('type Query { a: Int }');
  const document = parse('{ a }');
  const working = { read: () => Promise.resolve(new Map()) } as unknown as RateLimitBook;

  /** One operation through `admission`: `run` is its onExecute; `caller` its caller's request. */
  function operation(admission: ReturnType<typeof upstreamAdmission>, caller = new AbortController()) {
    const upstream = {
      signal: caller.signal,
      readFresh: () => undefined,
      freshnessSnapshot: () => Promise.resolve(undefined),
      needs: new Map(),
    };
    const contextValue = { token: 'a-token', upstream } as unknown as GatewayContext;
    const onExecute = admission.onExecute as (payload: unknown) => Promise<{ onExecuteDone?: (p: unknown) => void } | undefined>;
    return { run: () => onExecute({ args: { contextValue, document, schema }, setResultAndStopExecution: () => undefined }), caller };
  }

  const admissionWith = (rateLimits: RateLimitBook) =>
    upstreamAdmission({ rateLimits, enforce: true, tokenKey: (t) => t, now: Date.now, maxConcurrentOperations: 1 });

  it('gives the place back when the operation fails before it runs', async () => {
    let failing = true;
    const flaky = {
      read: () => (failing ? Promise.reject(new Error('the shared store is down')) : Promise.resolve(new Map())),
    } as unknown as RateLimitBook;
    const admission = admissionWith(flaky);
    await expect(operation(admission).run()).rejects.toThrow('the shared store is down');
    failing = false;
    expect(await settles(operation(admission).run())).toBe(true);
  });

  it('gives the place back when the caller goes away before its operation is done', async () => {
    const admission = admissionWith(working);
    const gone = operation(admission);
    const hooks = await gone.run(); // admitted; its execution never reports done
    expect(hooks?.onExecuteDone).toBeTypeOf('function');
    const next = operation(admission).run();
    expect(await settles(next)).toBe(false);
    gone.caller.abort();
    expect(await settles(next)).toBe(true);
  });

  it('gives the place back once, when done (a later abort of the same operation frees nothing more)', async () => {
    const admission = admissionWith(working);
    const done = operation(admission);
    const hooks = await done.run();
    hooks?.onExecuteDone?.({ result: { data: { a: 1 } }, setResult: () => undefined });
    done.caller.abort();
    const second = operation(admission);
    await second.run();
    expect(await settles(operation(admission).run())).toBe(false);
  });
});
