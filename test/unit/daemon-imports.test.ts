// What the device daemon loads for the life of its process: every module reached by static
// imports from `mctl`'s entry and the daemon stays in its memory (docs/benchmarks.md, device).
// A daemon without a fleet block needs no MQTT client (its own bus is in-process), and no
// daemon keeps the config validator (zod) or the YAML parser: the config is loaded in a
// worker thread. Dynamic import() is how code reaches them on use, so it is not followed.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO } from '../helpers/child.ts';

// `import … from '…'` and `export … from '…'`, except `import type` / `export type`. An
// import whose names are all `type X` still counts: under verbatimModuleSyntax it is kept as
// a side-effect import.
const STATIC_FROM = /^\s*(?:import|export)\s+(?!type\b)[^'";]*?\sfrom\s+'([^']+)'/gm;
const SIDE_EFFECT = /^\s*import\s+'([^']+)'/gm;

/** Packages (by name) reached from `roots` through static imports of the repo's sources. */
function staticPackages(roots: string[]): Map<string, string> {
  const packages = new Map<string, string>(); // package -> first file importing it
  const seen = new Set<string>();
  const queue = roots.map((r) => join(REPO, r));
  for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
    if (seen.has(file)) continue;
    seen.add(file);
    const text = readFileSync(file, 'utf8');
    const specifiers = [...text.matchAll(STATIC_FROM), ...text.matchAll(SIDE_EFFECT)].map((m) => m[1] ?? '');
    for (const spec of specifiers) {
      if (spec.startsWith('.')) {
        const target = resolve(dirname(file), spec);
        if (!existsSync(target)) throw new Error(`${relative(REPO, file)}: cannot resolve ${spec}`);
        if (/\.(ts|js|mjs)$/.test(target)) queue.push(target);
      } else if (!spec.startsWith('node:')) {
        const name = spec.startsWith('@')
          ? spec.split('/').slice(0, 2).join('/')
          : (spec.split('/')[0] ?? spec);
        if (!packages.has(name)) packages.set(name, relative(REPO, file));
      }
    }
  }
  return packages;
}

describe('modules the device daemon keeps loaded', () => {
  it('without a fleet block: no MQTT client, no zod, no YAML parser, no network listeners', () => {
    const packages = staticPackages(['cli/main.ts', 'cli/commands/up.ts', 'device/daemon.ts']);
    // The scan works: the daemon's own broker and state store are found.
    expect(packages.has('aedes')).toBe(true);
    expect(packages.has('lmdb')).toBe(true);
    // ws comes with the broker's TCP/WebSocket listeners (broker/listeners.ts), which the
    // socket-only local broker does not load.
    const unwanted = ['mqtt', 'zod', 'yaml', 'ws'].filter((p) => packages.has(p));
    expect(unwanted.map((p) => `${p} (imported by ${packages.get(p)})`)).toEqual([]);
  });

  it('with a fleet block: the fleet link and release manager load no zod and no YAML parser', () => {
    const packages = staticPackages([
      'device/fleet/fleet-link.ts',
      'device/release/release-manager.ts',
      'device/release/release-dirs.ts',
      'device/release/release-state.ts',
    ]);
    expect(packages.has('mqtt')).toBe(true);
    const unwanted = ['zod', 'yaml'].filter((p) => packages.has(p));
    expect(unwanted.map((p) => `${p} (imported by ${packages.get(p)})`)).toEqual([]);
  });
});
