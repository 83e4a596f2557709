// The production build of `mctl` (`npm run build`): cli/main.ts and everything it imports,
// dependencies included, bundled and minified by esbuild into dist/cli/ (main.js plus
// chunks that load on first use: the daemon, the controller, …). The systemd units and
// deploy/remote-bootstrap.sh run dist/cli/main.js.
//
// Why a bundle and not tsc's one file per module: the device daemon (`mctl up`) is measured
// against PM2 on small devices, and a module costs memory for the life of the process (its
// source text, its compiled functions, its module record). One minified bundle held the idle
// daemon with 20 workloads at 72 MB RSS against 83-89 MB from tsc's output, and it starts
// faster (no resolution of ~400 files); docs/benchmarks.md, section "device".
//
// Native modules stay external (they load .node binaries next to their own files), and so
// do the packages that find files of their own at run time.
import { copyFileSync, mkdirSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
const outdir = `${root}dist/cli`;

// A stale tsc or bundle output in dist/ must not be picked up next to the new one.
rmSync(`${root}dist`, { recursive: true, force: true });
mkdirSync(outdir, { recursive: true });

await build({
  absWorkingDir: root,
  // The config worker (device/config/isolated-load.ts) is started by path, so it is an entry.
  entryPoints: { main: 'cli/main.ts', 'config-worker': 'device/config/config-worker.ts' },
  outdir,
  bundle: true,
  // Chunks beside main.js (flat): the sources' `new URL('../../ui/dist', import.meta.url)`
  // and similar paths then resolve from dist/cli/ as they do from cli/commands/.
  splitting: true,
  chunkNames: '[name]-[hash]',
  format: 'esm',
  platform: 'node',
  target: 'node20',
  minify: true,
  sourcemap: true,
  // Native addons, and lmdb's worker/msgpackr-extract, load files relative to themselves.
  external: ['lmdb', 'classic-level', 'msgpackr', 'msgpackr-extract', 'tsx'],
  // CommonJS dependencies inside an ES module bundle call require() for Node built-ins.
  banner: {
    js: "import { createRequire as __mcRequire } from 'node:module'; const require = __mcRequire(import.meta.url);",
  },
  logLevel: 'warning',
});

// Spawned by path (device/supervisor/launch.ts: new URL('./module-launcher.mjs', import.meta.url)).
copyFileSync(`${root}device/supervisor/module-launcher.mjs`, `${outdir}/module-launcher.mjs`);
console.log(`bundled cli/main.ts into ${outdir}`);
