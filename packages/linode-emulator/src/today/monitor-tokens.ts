// The service tokens of POST /monitor/services/{serviceType}/token, as the metrics host must know
// them: the emulator remembers each one it issued with its service type, its entities and its
// expiry, and the metrics host accepts no other. Like Linode's, a token is a JWE in compact form
// whose protected header (readable, not encrypted) carries `exp`; the recorded one
// (linodego TestMonitorAPI_Get_Entity_Metrics_ListDB.yaml) expires six hours after it was issued.
import type { EmulatorState } from '../state.js';

export const MONITOR_TOKEN_LIFETIME_MS = 6 * 60 * 60_000;

export interface IssuedToken {
  serviceType: string;
  /** As the metrics body names them: numbers as text (`"123"`). */
  entityIds: string[];
  /** Epoch milliseconds, by the emulator's clock. */
  expiresAt: number;
}

const BASE64URL = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'];
const issued = new WeakMap<EmulatorState, Map<string, IssuedToken>>();

function tokensOf(state: EmulatorState): Map<string, IssuedToken> {
  let tokens = issued.get(state);
  if (!tokens) {
    tokens = new Map();
    issued.set(state, tokens);
  }
  return tokens;
}

/** Issues a token for `entityIds` of `serviceType` and remembers it (forgetting those expired). */
export function issueMonitorToken(state: EmulatorState, serviceType: string, entityIds: string[]): string {
  const tokens = tokensOf(state);
  const now = state.now();
  for (const [token, { expiresAt }] of tokens) if (expiresAt <= now) tokens.delete(token);
  const expiresAt = now + MONITOR_TOKEN_LIFETIME_MS;
  // The header as Linode writes it (Python's JSON spacing); the rest stands for the encrypted parts.
  const header = `{"alg": "dir", "enc": "A128CBC-HS256", "kid": 1, "exp": ${Math.floor(expiresAt / 1000)}}`;
  const part = (n: number) => Array.from({ length: n }, () => state.rng.pick(BASE64URL)).join('');
  const token = [Buffer.from(header).toString('base64url'), '', part(22), part(120), part(22)].join('.');
  tokens.set(token, { serviceType, entityIds, expiresAt });
  return token;
}

/** The token's record while it is valid; undefined for a token never issued, or expired. */
export function monitorTokenOf(state: EmulatorState, token: string | undefined): IssuedToken | undefined {
  const found = token === undefined ? undefined : tokensOf(state).get(token);
  return found && found.expiresAt > state.now() ? found : undefined;
}
