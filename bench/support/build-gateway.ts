// Builds the benchmark's gateway process (bench/support/gateway-child.ts and the gateway's sources)
// into one JavaScript file run by plain node, as a deployment would run compiled code: no
// TypeScript loader thread in the process whose memory and CPU are measured. Packages from
// node_modules stay external; `import.meta.url` keeps naming each source file, so the files they
// read beside themselves (the facts' JSON, package.json) are found as before.
import { readFile } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

export function buildGatewayChild(): Promise<URL> {
  return buildForNode(new URL('./gateway-child.ts', import.meta.url));
}

/** Builds the script `entry` (TypeScript) into one JavaScript file beside the others, for plain node. */
export async function buildForNode(entry: URL): Promise<URL> {
  const name = fileURLToPath(entry).split('/').pop()?.replace(/\.ts$/, '.mjs') ?? 'bench.mjs';
  // Under node_modules/.cache: packages resolve from there, and no linter or formatter looks at it.
  const outfile = new URL(`../../node_modules/.cache/linode-gateway-bench/${name}`, import.meta.url);
  await build({
    entryPoints: [fileURLToPath(entry)],
    outfile: fileURLToPath(outfile),
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    conditions: ['source'],
    logLevel: 'warning',
    plugins: [
      {
        name: 'packages-external-sources-in-place',
        setup(builder) {
          // Workspace packages (linode-*) are TypeScript sources: bundled; everything else stays a package.
          builder.onResolve({ filter: /^[^./]/ }, (args) => (args.path.startsWith('linode-') ? undefined : { external: true }));
          builder.onLoad({ filter: /\.ts$/ }, async (args) => ({
            contents: (await readFile(args.path, 'utf8')).replaceAll('import.meta.url', JSON.stringify(pathToFileURL(args.path).href)),
            loader: 'ts',
          }));
        },
      },
    ],
  });
  return outfile;
}
