// Linode's OAuth token endpoint as the gateway calls it: exchanging a login code or a refresh
// token, and revoking tokens. Nothing here throws: the callers answer for every outcome.

export interface TokenAnswer {
  access_token: string;
  refresh_token: string;
  expires_in: number;
  scopes?: string;
}

export type Exchange =
  | { ok: true; answer: TokenAnswer }
  /** `refused`: Linode said no to the grant (spent, revoked, expired); otherwise it could not answer (5xx, network). */
  | { ok: false; refused: boolean };

export interface LinodeOAuthSettings {
  clientId: string;
  clientSecret: string;
  /** login.linode.com, or the emulator's login server. */
  loginUrl: string;
  timeoutMs: number;
}

export class LinodeOAuth {
  constructor(private readonly settings: LinodeOAuthSettings) {}

  /** POST /oauth/token with a grant. */
  async exchange(grant: Record<string, string>): Promise<Exchange> {
    const answer = await this.post('/oauth/token', grant);
    if (!answer) return { ok: false, refused: false };
    if (answer.status >= 400 && answer.status < 500) return { ok: false, refused: true };
    const body = answer.body as Partial<TokenAnswer> | undefined;
    const complete =
      answer.status === 200 &&
      typeof body?.access_token === 'string' &&
      typeof body.refresh_token === 'string' &&
      typeof body.expires_in === 'number';
    return complete ? { ok: true, answer: body as TokenAnswer } : { ok: false, refused: false };
  }

  async revoke(token: string): Promise<void> {
    await this.post('/oauth/revoke', { token });
  }

  private async post(path: string, fields: Record<string, string>): Promise<{ status: number; body: unknown } | undefined> {
    try {
      const response = await fetch(new URL(path, this.settings.loginUrl), {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
        body: new URLSearchParams({ client_id: this.settings.clientId, client_secret: this.settings.clientSecret, ...fields }),
        signal: AbortSignal.timeout(this.settings.timeoutMs),
      });
      const body: unknown = await response.json().catch(() => undefined);
      return { status: response.status, body };
    } catch {
      return undefined;
    }
  }
}
