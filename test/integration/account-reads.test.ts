// The account's and profile's reads at the lower bound of Linode requests: one per endpoint a
// query touches (Linode offers no batch form of these singletons), grants per user, tagged
// objects per tag, and whatever they point at batched.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStack, type Stack } from '../support/stack.js';

let stack: Stack;
beforeAll(async () => {
  stack = await startStack({ emulator: { rateLimits: false } });
});
afterAll(() => stack.close());

/** The operations the emulator saw for a query, sorted, with their counts. */
async function upstreamOf(query: string): Promise<{ data: any; calls: string[] }> {
  stack.emulator.clearLog();
  const { data, errors } = await stack.gql(query);
  expect(errors, JSON.stringify(errors)).toBeUndefined();
  // The public region catalog is shared across requests: read once, whichever query comes first.
  const calls = stack.emulator.log
    .map((e) => `${e.method} ${e.path.replace(/^\/v4/, '')}`)
    .filter((c) => c !== 'GET /regions')
    .sort();
  return { data, calls };
}

describe('account and profile reads', () => {
  it("the account's and profile's singletons and lists: one request each", async () => {
    const { data, calls } = await upstreamOf(`{
      account {
        settings { managed networkHelper }
        transfer { quota used regionTransfers { region { id } } }
        betas { nodes { id enrolled program { label } } }
        paymentMethods { nodes { id type isDefault } }
        serviceTransfers { totalCount nodes { id status isSender } }
        childAccounts { nodes { id company } }
      }
      profile { grants { global { addLinodes } } preferences securityQuestions { id question } }
    }`);
    expect(calls).toEqual([
      'GET /account',
      'GET /account/betas',
      'GET /account/child-accounts',
      'GET /account/payment-methods',
      'GET /account/service-transfers',
      'GET /account/settings',
      'GET /account/transfer',
      `GET /betas/${String(data.account.betas.nodes[0].id)}`,
      'GET /profile',
      'GET /profile/grants',
      'GET /profile/preferences',
      'GET /profile/security-questions',
    ]);
    // The demo user is unrestricted: Linode answers 204, the gateway null (every grant).
    expect(data.profile.grants).toBeNull();
    expect(data.profile.preferences).toMatchObject({ theme: 'dark' });
    expect(data.profile.securityQuestions[0]).toEqual({ id: '1', question: 'In what city were you born?' });
    expect(data.account.serviceTransfers.nodes.map((t: { status: string }) => t.status)).toEqual(['PENDING', 'PENDING', 'COMPLETED']);
  });

  it("users' grants: one request per user (no batch form), the granted instances in one batch", async () => {
    const { data, calls } = await upstreamOf(
      '{ users { nodes { id restricted grants { global { accountAccess } linode { permissions instance { label } } } } } }',
    );
    const users = data.users.nodes as Array<{ id: string; restricted: boolean; grants: { linode: Array<{ instance: unknown }> } | null }>;
    expect(calls.filter((c) => c.endsWith('/grants'))).toHaveLength(users.length);
    // The granted instances: `+or` lists of 100 ids each.
    const lists = Math.ceil(stack.emulator.store.instances.length / 100);
    expect(calls.filter((c) => c.startsWith('GET /linode/instances'))).toHaveLength(lists);
    expect(calls).toHaveLength(1 + users.length + lists);
    for (const user of users) expect(user.grants === null).toBe(!user.restricted);
    const restricted = users.find((u) => u.restricted)!;
    expect(restricted.grants!.linode.length).toBe(stack.emulator.store.instances.length);
    expect(restricted.grants!.linode[0].instance).toEqual({ label: stack.emulator.store.instances[0].label });
  });

  it("tags' objects: one request per tag, the objects whole (nothing loaded again)", async () => {
    const { data, calls } = await upstreamOf(
      '{ tags { nodes { label objects { __typename ... on Instance { id label } ... on Volume { id } } } } }',
    );
    const tags = data.tags.nodes as Array<{ label: string; objects: Array<{ __typename: string; id: string }> }>;
    expect(calls).toEqual(['GET /tags', ...tags.map((t) => `GET /tags/${encodeURIComponent(t.label)}`)].sort());
    const tagged = tags.find((t) => t.objects.some((o) => o.__typename === 'Instance'))!;
    const instance = stack.emulator.store.instances.find((i) => i.tags.includes(tagged.label))!;
    expect(tagged.objects).toContainEqual({ __typename: 'Instance', id: String(instance.id), label: instance.label });
  });

  it("a region's availability for the account: one request per region asked", async () => {
    const { data, calls } = await upstreamOf('{ region(id: "us-east") { accountAvailability { available unavailable } } }');
    expect(calls).toEqual(['GET /account/availability/us-east']);
    expect(data.region.accountAvailability.available.length).toBeGreaterThan(0);
  });

  it('a login of the profile by id, and NOT_FOUND for one of another user', async () => {
    const me = stack.emulator.store.singletons['/profile'].username;
    const logins = stack.emulator.store.collections['/account/logins'];
    const mine = logins.find((l) => l.username === me)!;
    const theirs = logins.find((l) => l.username !== me)!;
    const { data } = await upstreamOf(`{ profileLogin(id: ${String(mine.id)}) { id username } }`);
    expect(data.profileLogin).toEqual({ id: String(mine.id), username: me });
    const other = await stack.gql(`{ profileLogin(id: ${String(theirs.id)}) { id } }`);
    expect(other.data.profileLogin).toBeNull();
    expect(other.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });
});
