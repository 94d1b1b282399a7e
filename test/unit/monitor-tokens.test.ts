// Service tokens for the metrics host (src/rest/monitor-tokens.ts): how long one is used, one
// issuing shared by concurrent reads, and nothing kept past its expiry or after a refusal.
import { describe, expect, it } from 'vitest';
import { MonitorTokens, tokenExpiry } from '../../src/rest/monitor-tokens.js';

const HOUR = 3600_000;
/** A compact JWE as Linode sends it: a readable header, then the encrypted parts. */
const jwe = (header: object | string) =>
  [Buffer.from(typeof header === 'string' ? header : JSON.stringify(header)).toString('base64url'), '', 'iv', 'ciphertext', 'tag'].join(
    '.',
  );

describe('tokenExpiry', () => {
  const issuedAt = Date.UTC(2025, 6, 22, 17, 33, 20);

  it("reads `exp` from the token's header, a minute early", () => {
    const exp = issuedAt / 1000 + 6 * 3600 - 1;
    expect(tokenExpiry(jwe({ alg: 'dir', enc: 'A128CBC-HS256', kid: 1, exp }), issuedAt)).toBe(exp * 1000 - 60_000);
  });

  it('holds a token six hours at most, and fifteen minutes when its header says nothing readable', () => {
    expect(tokenExpiry(jwe({ exp: issuedAt / 1000 + 48 * 3600 }), issuedAt)).toBe(issuedAt + 6 * HOUR - 60_000);
    for (const token of [jwe({ alg: 'dir' }), jwe('not json'), 'opaque-token', jwe({ exp: 'soon' })])
      expect(tokenExpiry(token, issuedAt)).toBe(issuedAt + 15 * 60_000 - 60_000);
  });
});

describe('MonitorTokens', () => {
  it('keys a token by caller, service type and entities', () => {
    expect(MonitorTokens.key('caller', 'dbaas', [1, 2])).not.toBe(MonitorTokens.key('caller', 'dbaas', [1]));
    expect(MonitorTokens.key('caller', 'dbaas', [1])).not.toBe(MonitorTokens.key('other', 'dbaas', [1]));
    expect(MonitorTokens.key('caller', 'dbaas', [1])).not.toBe(MonitorTokens.key('caller', 'linode', [1]));
  });

  it('issues once for concurrent reads of one key, and holds the token until it expires', async () => {
    let now = 0;
    const tokens = new MonitorTokens(() => now);
    let issued = 0;
    const issue = () => {
      issued += 1;
      return Promise.resolve(jwe({ exp: 2 * 3600 }));
    };
    const [a, b] = await Promise.all([tokens.renew('k', issue), tokens.renew('k', issue)]);
    expect(issued).toBe(1);
    expect(a).toBe(b);
    expect(tokens.get('k')?.token).toBe(a.token);
    now = 2 * HOUR - 60_000;
    expect(tokens.get('k')).toBeUndefined();
  });

  it("asks again when a shared issuing failed (it may have failed for the other read's own reasons)", async () => {
    const tokens = new MonitorTokens(() => 0);
    const failing = tokens.renew('k', () => Promise.reject(new Error('the other read went away')));
    const joined = tokens.renew('k', () => Promise.resolve(jwe({ exp: 3600 })));
    await expect(failing).rejects.toThrow('went away');
    expect((await joined).token).toBe(jwe({ exp: 3600 }));
  });

  it('drops a refused token, but not a newer one that replaced it', async () => {
    const tokens = new MonitorTokens(() => 0);
    const old = await tokens.renew('k', () => Promise.resolve(jwe({ exp: 3600, n: 1 })));
    const newer = await tokens.renew('k', () => Promise.resolve(jwe({ exp: 3600, n: 2 })));
    tokens.drop('k', old.token);
    expect(tokens.get('k')?.token).toBe(newer.token);
    tokens.drop('k', newer.token);
    expect(tokens.get('k')).toBeUndefined();
  });
});
