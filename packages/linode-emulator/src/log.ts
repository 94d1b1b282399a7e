// The request log: one entry per request, pushed on arrival, completed when answered.
import type { IncomingMessage } from 'node:http';
import type { LoggedRequest } from './types.js';

export function logEntry(req: IncomingMessage, url: URL, at: number): LoggedRequest {
  const header = (name: string) => {
    const value = req.headers[name];
    return Array.isArray(value) ? value.join(', ') : value;
  };
  const entry: LoggedRequest = {
    method: req.method ?? 'GET',
    path: url.pathname,
    query: Object.fromEntries(url.searchParams),
    status: 0,
    at,
  };
  if (req.httpVersion !== '1.1') entry.httpVersion = req.httpVersion;
  const filter = header('x-filter');
  const authorization = header('authorization');
  if (filter !== undefined) entry.filter = filter;
  if (authorization !== undefined) entry.authorization = authorization;
  return entry;
}
