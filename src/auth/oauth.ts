// "Log in with Linode" for browser apps: Linode's OAuth authorization-code flow, run by the
// gateway so the browser never holds a Linode token. The session cookie is HttpOnly and
// SameSite=Lax; GraphQL requests carrying it act with the session's token (refreshed when it is
// about to expire), unless they send an Authorization header of their own.
//   GET  /auth/login?return_to=/path   -> Linode's consent page
//   GET  /auth/callback?code&state     -> session cookie, back to return_to
//   GET  /auth/session                 -> { authenticated, scopes, expiresAt } (never a token)
//   POST /auth/logout                  -> session and Linode tokens revoked, cookie cleared
// A login in progress is a signed cookie (nothing stored); over https the cookies carry the
// `__Host-` prefix. Token refresh is shared by replicas (src/auth/refresh.ts).
import type { Plugin } from 'graphql-yoga';
import type { GatewayConfig } from '../config.js';
import { refusal } from '../security/errors.js';
import { couldBeCrossSite } from '../security/http.js';
import { LinodeOAuth } from './linode-oauth.js';
import { newLoginState, openLoginState, sealLoginState } from './login-state.js';
import { SessionRefresher } from './refresh.js';
import { SessionStore } from './sessions.js';

const SESSION_COOKIE = 'lgw_session';
const STATE_COOKIE = 'lgw_oauth_state';
const STATE_TTL_MS = 10 * 60_000;

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

export class OAuthFlow {
  private readonly linode: LinodeOAuth;
  private readonly refresher: SessionRefresher;
  /** Served over https: cookies are `Secure` and carry the `__Host-` prefix (no Domain, Path=/, so no other host can set them). */
  private readonly secure: boolean;
  readonly sessionCookie: string;
  private readonly stateCookie: string;

  constructor(
    private readonly settings: OAuthSettings,
    readonly sessions: SessionStore,
    private readonly now: () => number = Date.now,
    sleep?: (ms: number) => Promise<void>,
  ) {
    this.linode = new LinodeOAuth(settings);
    this.refresher = new SessionRefresher({ sessions, oauth: this.linode, defaultScopes: settings.scopes, now, sleep });
    this.secure = settings.redirectUrl.startsWith('https:');
    this.sessionCookie = this.secure ? `__Host-${SESSION_COOKIE}` : SESSION_COOKIE;
    this.stateCookie = this.secure ? `__Host-${STATE_COOKIE}` : STATE_COOKIE;
  }

  /** The Linode token of the request's session cookie, refreshed if needed; null without one. */
  async tokenFor(request: Request): Promise<string | null> {
    const id = cookie(request, this.sessionCookie);
    if (!id) return null;
    const tokens = await this.sessions.get(id);
    if (!tokens) return null;
    return (await this.refresher.current(id, tokens))?.accessToken ?? null;
  }

  plugin(): Plugin {
    return {
      onRequest: async (payload) => {
        const { request, url } = payload;
        if (!url.pathname.startsWith('/auth/')) return;
        const route = `${request.method} ${url.pathname}`;
        if (route === 'GET /auth/login') payload.endResponse(this.login(url));
        else if (route === 'GET /auth/callback') payload.endResponse(await this.callback(request, url));
        else if (route === 'GET /auth/session') payload.endResponse(await this.session(request));
        else if (route === 'POST /auth/logout') payload.endResponse(await this.logout(request));
        else
          payload.endResponse(
            problem(
              404,
              'NOT_FOUND',
              `No ${route}. The login flow has GET /auth/login, GET /auth/callback, GET /auth/session and POST /auth/logout.`,
            ),
          );
      },
    };
  }

  /** Nothing is stored: the state travels in a signed cookie bound to this browser. */
  private login(url: URL): Response {
    const state = newLoginState(safeReturn(url.searchParams.get('return_to')), STATE_TTL_MS, this.now());
    const target = new URL('/oauth/authorize', this.settings.loginUrl);
    target.search = new URLSearchParams({
      client_id: this.settings.clientId,
      response_type: 'code',
      scope: this.settings.scopes,
      state: state.nonce,
      redirect_uri: this.settings.redirectUrl,
    }).toString();
    return redirect(target.toString(), [this.cookieHeader(this.stateCookie, sealLoginState(this.sessions.stateKey, state), STATE_TTL_MS)]);
  }

  private async callback(request: Request, url: URL): Promise<Response> {
    const nonce = url.searchParams.get('state') ?? '';
    const pending = openLoginState(this.sessions.stateKey, cookie(request, this.stateCookie), this.now());
    if (!pending || !nonce || pending.nonce !== nonce || (await this.sessions.isUsed(nonce))) {
      return problem(
        400,
        'OAUTH_STATE_INVALID',
        'The login could not be matched to one started in this browser (expired, replayed or forged). Start again at /auth/login.',
      );
    }
    const denied = url.searchParams.get('error');
    if (denied) return problem(403, 'OAUTH_DENIED', `Linode did not grant access (${denied.slice(0, 60)}).`);
    const code = url.searchParams.get('code');
    if (!code) return problem(400, 'OAUTH_STATE_INVALID', 'The callback carries no code. Start again at /auth/login.');
    const outcome = await this.linode.exchange({ grant_type: 'authorization_code', code, redirect_uri: this.settings.redirectUrl });
    if (!outcome.ok)
      return problem(502, 'OAUTH_EXCHANGE_FAILED', 'Linode did not exchange the login code for a token. Start again at /auth/login.');
    // Written only once Linode has accepted a code, so it is bounded by real logins.
    await this.sessions.markUsed(nonce, pending.expiresAt - this.now());
    const id = await this.sessions.create(this.refresher.tokensOf(outcome.answer));
    return redirect(pending.returnTo, [this.cookieHeader(this.sessionCookie, id), this.cookieHeader(this.stateCookie, '', 0)]);
  }

  private async session(request: Request): Promise<Response> {
    const id = cookie(request, this.sessionCookie);
    const tokens = id ? await this.sessions.get(id) : undefined;
    const body = tokens
      ? { authenticated: true, scopes: tokens.scopes, expiresAt: new Date(tokens.expiresAt).toISOString() }
      : { authenticated: false };
    return Response.json(body, { headers: { 'cache-control': 'no-store' } });
  }

  private async logout(request: Request): Promise<Response> {
    if (couldBeCrossSite(request)) {
      return problem(403, 'CSRF_PREVENTED', 'Send POST /auth/logout with an `x-graphql-csrf` header or a JSON content type.');
    }
    const id = cookie(request, this.sessionCookie);
    const tokens = id ? await this.sessions.get(id) : undefined;
    if (id) await this.sessions.delete(id);
    if (tokens) await Promise.all([this.linode.revoke(tokens.accessToken), this.linode.revoke(tokens.refreshToken)]);
    return new Response(null, {
      status: 204,
      headers: { 'set-cookie': this.cookieHeader(this.sessionCookie, '', 0), 'cache-control': 'no-store' },
    });
  }

  private cookieHeader(name: string, value: string, maxAgeMs?: number): string {
    const secure = this.secure ? '; Secure' : '';
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
