// "Log in with Linode" for browser apps: Linode's OAuth authorization-code flow, run by the
// gateway so the browser never holds a Linode token. The session cookie is HttpOnly and
// SameSite=Lax; GraphQL requests carrying it act with the session's token (refreshed when it is
// about to expire), unless they send an Authorization header of their own.
//   GET  /auth/login?return_to=/path   -> Linode's consent page
//   GET  /auth/callback?code&state     -> session cookie, back to return_to
//   GET  /auth/session                 -> { authenticated, scopes, expiresAt } (never a token)
//   POST /auth/logout                  -> session and Linode tokens revoked, cookie cleared
import { randomBytes } from 'node:crypto';
import type { Plugin } from 'graphql-yoga';
import type { GatewayConfig } from '../config.js';
import { refusal } from '../security/errors.js';
import { couldBeCrossSite } from '../security/http.js';
import { SessionStore, type SessionTokens } from './sessions.js';

export const SESSION_COOKIE = 'lgw_session';
const STATE_COOKIE = 'lgw_oauth_state';
const STATE_TTL_MS = 10 * 60_000;
/** Refresh this long before the access token expires, so a request never carries a dead one. */
const REFRESH_MARGIN_MS = 60_000;

export interface OAuthSettings {
  clientId: string;
  clientSecret: string;
  /** This gateway's `/auth/callback` as registered with the Linode OAuth client. */
  redirectUrl: string;
  /** login.linode.com, or the emulator's login server. */
  loginUrl: string;
  scopes: string;
  timeoutMs: number;
}

export function oauthSettings(config: GatewayConfig): OAuthSettings | undefined {
  if (!config.oauthClientId || !config.oauthClientSecret || !config.oauthRedirectUrl) return undefined;
  return {
    clientId: config.oauthClientId,
    clientSecret: config.oauthClientSecret,
    redirectUrl: config.oauthRedirectUrl,
    loginUrl: config.linodeLoginUrl,
    scopes: config.oauthScopes,
    timeoutMs: config.upstreamTimeoutMs,
  };
}

interface TokenAnswer {
  access_token: string;
  refresh_token: string;
  expires_in: number;
  scopes?: string;
}

export class OAuthFlow {
  /** Refreshes in flight, so concurrent requests of one session refresh once. */
  private readonly refreshing = new Map<string, Promise<SessionTokens | undefined>>();

  constructor(
    private readonly settings: OAuthSettings,
    readonly sessions: SessionStore,
    private readonly now: () => number = Date.now,
  ) {}

  /** The Linode token of the request's session cookie, refreshed if needed; null without one. */
  async tokenFor(request: Request): Promise<string | null> {
    const id = cookie(request, SESSION_COOKIE);
    if (!id) return null;
    const tokens = await this.sessions.get(id);
    if (!tokens) return null;
    if (tokens.expiresAt - REFRESH_MARGIN_MS > this.now()) return tokens.accessToken;
    let pending = this.refreshing.get(id);
    if (!pending) {
      pending = this.refresh(id, tokens).finally(() => this.refreshing.delete(id));
      this.refreshing.set(id, pending);
    }
    return (await pending)?.accessToken ?? null;
  }

  plugin(): Plugin {
    return {
      onRequest: async ({ request, url, endResponse }) => {
        if (!url.pathname.startsWith('/auth/')) return;
        const route = `${request.method} ${url.pathname}`;
        if (route === 'GET /auth/login') endResponse(await this.login(url));
        else if (route === 'GET /auth/callback') endResponse(await this.callback(request, url));
        else if (route === 'GET /auth/session') endResponse(await this.session(request));
        else if (route === 'POST /auth/logout') endResponse(await this.logout(request));
        else endResponse(problem(404, 'NOT_FOUND', `No ${route}. The login flow has GET /auth/login, GET /auth/callback, GET /auth/session and POST /auth/logout.`));
      },
    };
  }

  private async login(url: URL): Promise<Response> {
    const state = randomBytes(24).toString('base64url');
    await this.sessions.putOnce(`state:${state}`, { returnTo: safeReturn(url.searchParams.get('return_to')) }, STATE_TTL_MS);
    const target = new URL('/oauth/authorize', this.settings.loginUrl);
    target.search = new URLSearchParams({
      client_id: this.settings.clientId,
      response_type: 'code',
      scope: this.settings.scopes,
      state,
      redirect_uri: this.settings.redirectUrl,
    }).toString();
    // The state is bound to this browser too: a callback with someone else's code is refused.
    return redirect(target.toString(), [this.cookieHeader(STATE_COOKIE, state, STATE_TTL_MS)]);
  }

  private async callback(request: Request, url: URL): Promise<Response> {
    const state = url.searchParams.get('state') ?? '';
    const pending = state && cookie(request, STATE_COOKIE) === state ? await this.sessions.takeOnce<{ returnTo: string }>(`state:${state}`) : undefined;
    if (!pending) return problem(400, 'OAUTH_STATE_INVALID', 'The login could not be matched to one started in this browser (expired, replayed or forged). Start again at /auth/login.');
    const denied = url.searchParams.get('error');
    if (denied) return problem(403, 'OAUTH_DENIED', `Linode did not grant access (${denied.slice(0, 60)}).`);
    const code = url.searchParams.get('code');
    if (!code) return problem(400, 'OAUTH_STATE_INVALID', 'The callback carries no code. Start again at /auth/login.');
    const answer = await this.exchange({ grant_type: 'authorization_code', code, redirect_uri: this.settings.redirectUrl });
    if (!answer) return problem(502, 'OAUTH_EXCHANGE_FAILED', 'Linode did not exchange the login code for a token. Start again at /auth/login.');
    const id = await this.sessions.create(this.tokensOf(answer));
    return redirect(pending.returnTo, [this.cookieHeader(SESSION_COOKIE, id), this.cookieHeader(STATE_COOKIE, '', 0)]);
  }

  private async session(request: Request): Promise<Response> {
    const id = cookie(request, SESSION_COOKIE);
    const tokens = id ? await this.sessions.get(id) : undefined;
    const body = tokens ? { authenticated: true, scopes: tokens.scopes, expiresAt: new Date(tokens.expiresAt).toISOString() } : { authenticated: false };
    return Response.json(body, { headers: { 'cache-control': 'no-store' } });
  }

  private async logout(request: Request): Promise<Response> {
    if (couldBeCrossSite(request)) {
      return problem(403, 'CSRF_PREVENTED', 'Send POST /auth/logout with an `x-graphql-csrf` header or a JSON content type.');
    }
    const id = cookie(request, SESSION_COOKIE);
    const tokens = id ? await this.sessions.get(id) : undefined;
    if (id) await this.sessions.delete(id);
    if (tokens) await Promise.all([this.revoke(tokens.accessToken), this.revoke(tokens.refreshToken)]);
    return new Response(null, { status: 204, headers: { 'set-cookie': this.cookieHeader(SESSION_COOKIE, '', 0) } });
  }

  private async refresh(id: string, tokens: SessionTokens): Promise<SessionTokens | undefined> {
    const answer = await this.exchange({ grant_type: 'refresh_token', refresh_token: tokens.refreshToken });
    if (!answer) {
      await this.sessions.delete(id); // the refresh token is spent or revoked: log in again
      return undefined;
    }
    const renewed = this.tokensOf(answer);
    await this.sessions.save(id, renewed);
    return renewed;
  }

  private tokensOf(answer: TokenAnswer): SessionTokens {
    return {
      accessToken: answer.access_token,
      refreshToken: answer.refresh_token,
      expiresAt: this.now() + answer.expires_in * 1000,
      scopes: answer.scopes ?? this.settings.scopes,
    };
  }

  /** POST /oauth/token; undefined when Linode refuses or cannot be reached (never thrown: the caller answers). */
  private async exchange(grant: Record<string, string>): Promise<TokenAnswer | undefined> {
    const body = (await this.post('/oauth/token', grant)) as Partial<TokenAnswer> | undefined;
    const complete = typeof body?.access_token === 'string' && typeof body.refresh_token === 'string' && typeof body.expires_in === 'number';
    return complete ? (body as TokenAnswer) : undefined;
  }

  private async revoke(token: string): Promise<void> {
    await this.post('/oauth/revoke', { token });
  }

  private async post(path: string, fields: Record<string, string>): Promise<unknown> {
    try {
      const response = await fetch(new URL(path, this.settings.loginUrl), {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
        body: new URLSearchParams({ client_id: this.settings.clientId, client_secret: this.settings.clientSecret, ...fields }),
        signal: AbortSignal.timeout(this.settings.timeoutMs),
      });
      return response.ok ? await response.json() : undefined;
    } catch {
      return undefined;
    }
  }

  private cookieHeader(name: string, value: string, maxAgeMs?: number): string {
    const secure = this.settings.redirectUrl.startsWith('https:') ? '; Secure' : '';
    const age = maxAgeMs === undefined ? '' : `; Max-Age=${Math.floor(maxAgeMs / 1000)}`;
    return `${name}=${value}; Path=/; HttpOnly; SameSite=Lax${secure}${age}`;
  }
}

/** Only a path on this gateway: never another site (no open redirect). */
function safeReturn(value: string | null): string {
  return value && /^\/(?![/\\])[\x21-\x7e]*$/.test(value) ? value : '/graphql';
}

function cookie(request: Request, name: string): string | undefined {
  for (const part of (request.headers.get('cookie') ?? '').split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return rest.join('=');
  }
  return undefined;
}

function redirect(location: string, cookies: string[]): Response {
  const headers = new Headers({ location, 'cache-control': 'no-store' });
  for (const value of cookies) headers.append('set-cookie', value);
  return new Response(null, { status: 302, headers });
}

const problem = (status: number, code: string, message: string) => refusal(status, code, message, { 'cache-control': 'no-store' });
