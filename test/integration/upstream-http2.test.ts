// HTTP/2 to Linode where it offers it: against the emulator serving HTTPS with HTTP/2 (ALPN) on
// loopback, the gateway's requests share one HTTP/2 connection; with UPSTREAM_HTTP2=false they are
// HTTP/1.1. The certificate is a throwaway one made with openssl for 127.0.0.1.
import { execFileSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_TOKEN, startEmulator, type Emulator } from 'linode-emulator';
import { createGateway } from '../../src/gateway.js';
import { loopbackCertificate } from '../support/loopback-cert.js';

function hasOpenssl(): boolean {
  try {
    execFileSync('openssl', ['version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

describe.skipIf(!hasOpenssl())('HTTP/2 upstream (emulator over HTTPS on loopback)', () => {
  let emulator: Emulator;
  let tls: { key: string; cert: string };
  beforeAll(async () => {
    tls = loopbackCertificate();
    emulator = await startEmulator({ port: 0, rateLimits: false, tls });
  });
  afterAll(() => emulator.close());

  async function dashboard(http2: boolean) {
    emulator.clearLog();
    const gateway = createGateway({ linodeApiUrl: emulator.url, upstreamHttp2: http2 }, { upstreamTls: { ca: tls.cert } });
    const response = await gateway.yoga.fetch('http://gateway.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${DEMO_TOKEN}` },
      body: JSON.stringify({ query: '{ instances(first: 20) { nodes { label disks { nodes { id } } configs { nodes { id } } } } }' }),
    });
    const body = (await response.json()) as { data: any; errors?: unknown[] };
    await gateway.close();
    return body;
  }

  it('speaks HTTP/2 when the upstream offers it, and answers as over HTTP/1.1', async () => {
    const h2 = await dashboard(true);
    expect(h2.errors).toBeUndefined();
    expect(emulator.log.length).toBe(41);
    expect(new Set(emulator.log.map((e) => e.httpVersion))).toEqual(new Set(['2.0']));
    const h1 = await dashboard(false);
    expect(new Set(emulator.log.map((e) => e.httpVersion ?? '1.1'))).toEqual(new Set(['1.1']));
    expect(h1.data).toEqual(h2.data);
  });
});
