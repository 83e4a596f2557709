// Starts device/config/config-worker.ts from the TypeScript sources (a checkout, tests): a
// worker thread does not inherit the tsx hooks bin/mctl.js registered in the main thread.
// The bundle (scripts/bundle.mjs) runs dist/cli/config-worker.js instead.
const { register } = await import('tsx/esm/api');
register();
await import(new URL('./config-worker.ts', import.meta.url).href);
