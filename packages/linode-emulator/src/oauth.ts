// Linode's OAuth server (login.linode.com) for the authorization-code flow: /oauth/authorize,
// /oauth/token (code and refresh grants) and /oauth/revoke. The emulator has one user, so
// authorizing approves at once instead of showing a login page. Issued access tokens join the
// API's token table with the scopes granted, and leave it when they expire or are revoked.
import { randomBytes } from 'node:crypto';

export interface OAuthClient {
  id: string;
  secret: string;
  /** The registered callback; an authorize request naming another is refused, as Linode does. */
  redirectUri: string;
}

/** A client the demo registers for the gateway's login flow (its redirect set at start). */
export const DEMO_OAUTH_CLIENT = { id: 'demo-oauth-client', secret: 'demo-oauth-secret' } as const;

const CODE_TTL_MS = 10 * 60_000;
export const ACCESS_TOKEN_TTL_S = 7200;

interface Grant {
  clientId: string;
  scopes: string;
  expiresAt: number;
}

export interface OAuthAnswer {
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
}

export class OAuthServer {
  private readonly clients = new Map<string, OAuthClient>();
  private readonly codes = new Map<string, Grant>();
  private readonly refreshTokens = new Map<string, Grant>();
  private readonly accessExpiry = new Map<string, number>();

  constructor(
    /** The API's token table: token -> scopes. Shared, so issued tokens work on /v4 at once. */
    private readonly tokens: Record<string, string>,
    private readonly now: () => number,
  ) {}

  register(client: OAuthClient): void {
    this.clients.set(client.id, client);
  }

  /** Drops expired access tokens from the API's table; called before each API request. */
  sweep(): void {
    const now = this.now();
    for (const [token, at] of this.accessExpiry) {
      if (at <= now) {
        delete this.tokens[token];
        this.accessExpiry.delete(token);
      }
    }
  }

  /** The answer for an OAuth path, or undefined when the path is not one. */
  handle(method: string, path: string, query: URLSearchParams, rawBody: string): OAuthAnswer | undefined {
    if (path === '/oauth/authorize' && method === 'GET') return this.authorize(query);
    if (path === '/oauth/token' && method === 'POST') return this.token(new URLSearchParams(rawBody));
    if (path === '/oauth/revoke' && method === 'POST') return this.revoke(new URLSearchParams(rawBody));
    if (path.startsWith('/oauth/'))
      return { status: 405, body: { error: 'invalid_request', error_description: `${method} ${path} is not supported` } };
    return undefined;
  }

  private authorize(query: URLSearchParams): OAuthAnswer {
    const client = this.clients.get(query.get('client_id') ?? '');
    if (!client) return oauthError(400, 'invalid_client', 'Unknown client_id');
    const redirect = query.get('redirect_uri') ?? client.redirectUri;
    if (redirect !== client.redirectUri) return oauthError(400, 'invalid_request', "redirect_uri does not match the client's");
    if (query.get('response_type') !== 'code') return oauthError(400, 'unsupported_response_type', 'Only response_type=code is supported');
    const code = randomBytes(16).toString('hex');
    this.codes.set(code, { clientId: client.id, scopes: query.get('scope') || '*', expiresAt: this.now() + CODE_TTL_MS });
    const target = new URL(redirect);
    target.searchParams.set('code', code);
    const state = query.get('state');
    if (state !== null) target.searchParams.set('state', state);
    return { status: 302, headers: { Location: target.toString() } };
  }

  private token(form: URLSearchParams): OAuthAnswer {
    const client = this.clients.get(form.get('client_id') ?? '');
    if (!client || client.secret !== form.get('client_secret')) return oauthError(401, 'invalid_client', 'Client authentication failed');
    const grantType = form.get('grant_type') ?? 'authorization_code';
    const store = grantType === 'refresh_token' ? this.refreshTokens : grantType === 'authorization_code' ? this.codes : undefined;
    if (!store) return oauthError(400, 'unsupported_grant_type', `grant_type ${grantType} is not supported`);
    const presented = form.get(grantType === 'refresh_token' ? 'refresh_token' : 'code') ?? '';
    const grant = store.get(presented);
    store.delete(presented); // single use: codes always, refresh tokens rotate
    if (!grant || grant.clientId !== client.id || grant.expiresAt <= this.now())
      return oauthError(400, 'invalid_grant', 'The code or refresh token is invalid or expired');
    return { status: 200, body: this.issue(client.id, grant.scopes) };
  }

  private revoke(form: URLSearchParams): OAuthAnswer {
    const client = this.clients.get(form.get('client_id') ?? '');
    if (!client || client.secret !== form.get('client_secret')) return oauthError(401, 'invalid_client', 'Client authentication failed');
    const token = form.get('token') ?? '';
    delete this.tokens[token];
    this.accessExpiry.delete(token);
    this.refreshTokens.delete(token);
    return { status: 200, body: {} };
  }

  private issue(clientId: string, scopes: string) {
    const access = randomBytes(32).toString('hex');
    const refresh = randomBytes(32).toString('hex');
    this.tokens[access] = scopes;
    this.accessExpiry.set(access, this.now() + ACCESS_TOKEN_TTL_S * 1000);
    this.refreshTokens.set(refresh, { clientId, scopes, expiresAt: this.now() + 30 * 86_400_000 });
    return { access_token: access, token_type: 'bearer', expires_in: ACCESS_TOKEN_TTL_S, refresh_token: refresh, scopes };
  }
}

function oauthError(status: number, error: string, description: string): OAuthAnswer {
  return { status, body: { error, error_description: description } };
}
