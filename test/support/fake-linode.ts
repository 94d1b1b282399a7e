// A stand-in for Linode that answers every GET with one object the test chose: as a page of one
// for list requests (`page` in the query), as itself otherwise. For property tests that feed the
// gateway arbitrary answers; the emulator is the place for Linode's real behaviour.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeLinode {
  url: string;
  /** What the next GETs answer. */
  answer(object: unknown): void;
  /** Paths requested since the last `answer`. */
  requests: string[];
  close(): Promise<void>;
}

export async function startFakeLinode(): Promise<FakeLinode> {
  let current: unknown = {};
  const requests: string[] = [];
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://fake.local');
    requests.push(url.pathname);
    const body = url.searchParams.has('page') ? { data: [current], page: 1, pages: 1, results: 1 } : current;
    const text = JSON.stringify(body);
    res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': String(Buffer.byteLength(text)) });
    res.end(text);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/v4`,
    answer(object) {
      current = object;
      requests.length = 0;
    },
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
