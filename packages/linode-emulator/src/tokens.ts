// Demo tokens and scope checks.

export const DEMO_TOKEN = 'demo-token-full-access';

export const DEMO_TOKENS: Record<string, string> = {
  [DEMO_TOKEN]: '*',
  'demo-token-read-only': 'linodes:read_only volumes:read_only images:read_only account:read_only events:read_only domains:read_only',
  'demo-token-volumes-only': 'volumes:read_only',
};

/** The token of an `Authorization: Bearer <token>` (or legacy `token <token>`) header. */
export function tokenFromHeader(header: string | undefined): string | undefined {
  const match = /^\s*(?:bearer|token)\s+(\S+)\s*$/i.exec(header ?? '');
  return match?.[1];
}

/** True when the granted scopes cover every required one (`read_write` covers `read_only`). */
export function hasScopes(granted: string, required: readonly string[]): boolean {
  const scopes = granted.split(/\s+/).filter(Boolean);
  if (scopes.includes('*')) return true;
  return required.every((need) => {
    const [area, level] = need.split(':');
    return scopes.some((s) => s === need || (level === 'read_only' && s === `${area}:read_write`));
  });
}
