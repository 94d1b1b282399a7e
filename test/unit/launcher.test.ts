// bin/gateway, the way `npm start` and the container image start the gateway: node with the V8
// flags the benchmarks measure (BENCHMARKS.md, "Memory under load"), replaceable through
// GATEWAY_NODE_FLAGS, node in place of the shell (signals reach it). Run here with a stand-in for
// dist/main.js that reports how it was started.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { deployedNodeFlags } from '../../bench/support/deployed-flags.js';

const root = new URL('../../', import.meta.url);
const sandbox = mkdtempSync(join(tmpdir(), 'launcher-'));
mkdirSync(join(sandbox, 'bin'));
mkdirSync(join(sandbox, 'dist'));
copyFileSync(new URL('bin/gateway', root), join(sandbox, 'bin/gateway'));
writeFileSync(
  join(sandbox, 'dist/main.js'),
  `console.log(JSON.stringify({ execArgv: process.execArgv, argv: process.argv.slice(2), parent: process.ppid, env: process.env.NODE_ENV }));`,
);
afterAll(() => rmSync(sandbox, { recursive: true, force: true }));

function launch(env: Record<string, string | undefined>, ...args: string[]) {
  const { GATEWAY_NODE_FLAGS: _flags, NODE_ENV: _env, ...inherited } = process.env;
  const out = execFileSync('sh', [join(sandbox, 'bin/gateway'), ...args], { env: { ...inherited, ...env }, encoding: 'utf8' });
  return JSON.parse(out) as { execArgv: string[]; argv: string[]; parent: number; env?: string };
}

describe('bin/gateway', () => {
  it('runs node with the measured V8 flags and source maps, passing arguments on', () => {
    const started = launch({}, '--example');
    expect(started.execArgv).toEqual(['--enable-source-maps', '--max-semi-space-size=8', '--v8-pool-size=1', '--no-minor-gc-task']);
    expect(started.argv).toEqual(['--example']);
    expect(started.env).toBe('production');
    // node replaced the shell: its parent is whoever started bin/gateway.
    expect(started.parent).toBe(process.pid);
    // The benchmarks start their gateway with the same flags.
    expect(deployedNodeFlags()).toEqual(started.execArgv.slice(1));
  });

  it('keeps a NODE_ENV that is set', () => {
    expect(launch({ NODE_ENV: 'development' }).env).toBe('development');
  });

  it('GATEWAY_NODE_FLAGS replaces the flags; empty leaves Node its own', () => {
    expect(launch({ GATEWAY_NODE_FLAGS: '--v8-pool-size=4' }).execArgv).toEqual(['--enable-source-maps', '--v8-pool-size=4']);
    expect(launch({ GATEWAY_NODE_FLAGS: '' }).execArgv).toEqual(['--enable-source-maps']);
  });

  it('is what npm start and the container image run', () => {
    const scripts = (JSON.parse(readFileSync(new URL('package.json', root), 'utf8')) as { scripts: Record<string, string> }).scripts;
    expect(scripts.start).toBe('sh bin/gateway');
    const dockerfile = readFileSync(new URL('Dockerfile', root), 'utf8');
    const runtime = dockerfile.slice(dockerfile.indexOf('AS runtime'), dockerfile.indexOf('AS emulator'));
    expect(runtime).toContain('COPY bin/gateway bin/gateway');
    expect(runtime).toMatch(/^CMD \["sh", "bin\/gateway"\]$/m);
  });
});
