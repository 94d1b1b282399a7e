// Who is calling, by network address, for the per-address caps. Behind proxies the socket's
// address is the proxy's: with TRUSTED_PROXIES = n, the n-th address from the right of
// X-Forwarded-For is the client's (each trusted proxy appends the address it received from).
// Addresses further left were written by the client itself and are never trusted.

interface SocketHolder {
  req?: { socket?: { remoteAddress?: string } };
}

export function clientAddress(request: Request, serverContext: unknown, trustedProxies: number): string {
  const socket = (serverContext as SocketHolder | undefined)?.req?.socket?.remoteAddress;
  if (trustedProxies > 0) {
    const forwarded = (request.headers.get('x-forwarded-for') ?? '')
      .split(',')
      .map((part) => part.trim())
      .filter(Boolean);
    const client = forwarded[Math.max(0, forwarded.length - trustedProxies)];
    if (client) return client.slice(0, 64);
  }
  return socket ?? 'unknown';
}
