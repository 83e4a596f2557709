// Runs a `module` + `entry_point` workload: imports the module, calls the export with the
// workload's params (JSON in MC_PARAMS) and awaits it. A rejection or throw prints the error
// on stderr and exits 1. On success the exit code is 0 and the process ends once nothing
// keeps the event loop alive, so a service module may return after starting its server.
// Plain JavaScript so that .js/.mjs modules need no loader; the supervisor adds
// `--import tsx` for TypeScript modules.
// Usage: node [--import tsx] module-launcher.mjs <absolute module path> <export name>
import { pathToFileURL } from 'node:url';

const [modulePath, entryPoint = 'run'] = process.argv.slice(2);

function fail(message) {
  process.stderr.write(`module-launcher: ${message}\n`);
  process.exitCode = 1;
}

async function main() {
  if (!modulePath) return fail('usage: module-launcher.mjs <module> [entry_point]');
  let params = {};
  try {
    params = JSON.parse(process.env.MC_PARAMS ?? '{}');
  } catch (err) {
    return fail(`MC_PARAMS is not valid JSON: ${err.message}`);
  }
  const mod = await import(pathToFileURL(modulePath).href);
  const fn = mod[entryPoint] ?? (entryPoint === 'default' ? undefined : mod.default?.[entryPoint]);
  if (typeof fn !== 'function') {
    return fail(`${modulePath} has no exported function ${JSON.stringify(entryPoint)}`);
  }
  await fn(params);
  process.exitCode = 0;
}

main().catch((err) => {
  process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exit(1);
});
