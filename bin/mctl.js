#!/usr/bin/env node
// Entry of the `mctl` command. In a source checkout it runs the TypeScript sources through
// tsx (no build step, so the CLI is never stale); a built package runs dist/ instead.
import { existsSync } from 'node:fs';

const source = new URL('../cli/main.ts', import.meta.url);
if (existsSync(source)) {
  const { register } = await import('tsx/esm/api');
  register();
  await import(source.href);
} else {
  await import(new URL('../dist/cli/main.js', import.meta.url).href);
}
