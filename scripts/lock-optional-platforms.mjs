// The npm registry these machines reach serves only the platform packages of this platform, so
// `npm install` leaves rollup's other native packages out of package-lock.json and `npm ci` then
// refuses the lockfile. This restores their entries (optional, with their os/cpu) so `npm ci`
// accepts the lock and skips them on platforms they are not for. Run after `npm install`.
import { readFileSync, writeFileSync } from 'node:fs';

const lock = JSON.parse(readFileSync('package-lock.json', 'utf8'));
const OS = {
  android: 'android',
  darwin: 'darwin',
  freebsd: 'freebsd',
  linux: 'linux',
  openbsd: 'openbsd',
  openharmony: 'openharmony',
  win32: 'win32',
};
const CPU = {
  'arm-eabi': 'arm',
  'arm-gnueabihf': 'arm',
  'arm-musleabihf': 'arm',
  arm64: 'arm64',
  x64: 'x64',
  ia32: 'ia32',
  loong64: 'loong64',
  ppc64: 'ppc64',
  riscv64: 'riscv64',
  s390x: 's390x',
};

let added = 0;
for (const [path, entry] of Object.entries(lock.packages)) {
  if (!path) continue;
  for (const [name, version] of Object.entries(entry.optionalDependencies ?? {})) {
    const hoisted = `node_modules/${name}`;
    if (lock.packages[hoisted] || lock.packages[`${path}/node_modules/${name}`]) continue;
    const match = /^@rollup\/rollup-([a-z0-9]+)-(.+?)(?:-(gnu|musl|msvc))?$/.exec(name);
    if (!match) continue;
    const [, os, cpu, libc] = match;
    lock.packages[hoisted] = {
      version,
      cpu: [CPU[cpu] ?? cpu],
      ...(libc === 'gnu' || libc === 'musl' ? { libc: [libc === 'gnu' ? 'glibc' : 'musl'] } : {}),
      license: 'MIT',
      optional: true,
      os: [OS[os] ?? os],
    };
    added += 1;
  }
}
lock.packages = Object.fromEntries(Object.entries(lock.packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b))));
writeFileSync('package-lock.json', `${JSON.stringify(lock, null, 2)}\n`);
console.log(`package-lock.json: restored ${added} optional platform entries`);
