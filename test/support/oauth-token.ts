// An OAuth access token straight from the emulator's login server (authorization code, then the
// token exchange), so that a test can revoke it.
export async function issueOAuthToken(loginUrl: string, client: { id: string; secret: string }): Promise<string> {
  const authorize = await fetch(`${loginUrl}/oauth/authorize?client_id=${client.id}&response_type=code`, { redirect: 'manual' });
  const code = new URL(authorize.headers.get('location') as string).searchParams.get('code') as string;
  const form = { client_id: client.id, client_secret: client.secret, grant_type: 'authorization_code', code };
  const answer = await fetch(`${loginUrl}/oauth/token`, { method: 'POST', body: new URLSearchParams(form) });
  return ((await answer.json()) as { access_token: string }).access_token;
}
