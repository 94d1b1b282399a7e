// Helpers for the end-to-end tests: a log sink, raw HTTP over loopback.
import { request, type Agent } from 'node:http';
import { createLogger, type Logger } from '../../src/observability/index.js';

/** A pino logger writing into memory; `lines()` parses what was logged. */
export function memoryLogger(level: 'info' | 'debug' | 'trace' = 'info'): {
  logger: Logger;
  text(): string;
  lines(): Array<Record<string, unknown>>;
} {
  const chunks: string[] = [];
  const logger = createLogger({ level, destination: { write: (chunk: string) => void chunks.push(chunk) } });
  return {
    logger,
    text: () => chunks.join(''),
    lines: () =>
      chunks
        .join('')
        .split('\n')
        .filter(Boolean)
        .map((line) => JSON.parse(line) as Record<string, unknown>),
  };
}

export interface HttpAnswer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** One HTTP request over a real socket (a new connection unless an agent is given). */
export function http(
  port: number,
  path: string,
  options: { method?: string; headers?: Record<string, string>; body?: string; agent?: Agent | false } = {},
): Promise<HttpAnswer> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port, path, method: options.method ?? 'GET', headers: options.headers, agent: options.agent ?? false },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

/** A GraphQL POST over a real socket. */
export function graphqlOverHttp(port: number, query: string, token: string | null, agent?: Agent | false): Promise<HttpAnswer> {
  return http(port, '/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query }),
    agent,
  });
}
