// The package version, reported by `mctl --version` and in device presence.
import { existsSync, readFileSync } from 'node:fs';

// cli/ in a checkout, dist/cli/ in a build: the package.json is one or two levels up.
const candidates = [
  new URL('../package.json', import.meta.url),
  new URL('../../package.json', import.meta.url),
];
const file = candidates.find((url) => existsSync(url)) ?? (candidates[0] as URL);
const pkg = JSON.parse(readFileSync(file, 'utf8')) as { version: string };

export const VERSION: string = pkg.version;
