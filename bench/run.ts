// `npm run bench -- <scenario> [options]`: runs one benchmark scenario, prints a table and
// writes JSON to bench/results/. Scenarios live in bench/scenarios/<name>.ts and export
// `run(args: string[]): Promise<void>` plus a one-line `description`. Scenarios renamed after
// issue 9's names keep their old names as aliases.
import { readdirSync } from 'node:fs';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';

interface Scenario {
  description: string;
  run(args: string[]): Promise<void>;
}

const dir = fileURLToPath(new URL('./scenarios', import.meta.url));
const names = readdirSync(dir)
  .filter((f) => f.endsWith('.ts'))
  .map((f) => basename(f, '.ts'))
  .sort();

/** Old scenario name → the name it runs under now. */
const ALIASES: Record<string, string> = {
  'wire-bytes': 'wire',
  supervision: 'device',
  ingest: 'fleet',
  'command-rtt': 'command',
};

const [given, ...args] = process.argv.slice(2);
let name = given;
// An old name whose scenario file still exists (not renamed yet) runs as itself.
const alias = name === undefined || names.includes(name) ? undefined : ALIASES[name];
if (alias !== undefined && names.includes(alias)) {
  process.stderr.write(`note: scenario '${name}' is now called '${alias}'; running '${alias}'\n`);
  name = alias;
}
if (!name || name === '--help' || !names.includes(name)) {
  console.log('usage: npm run bench -- <scenario> [options]\n\nscenarios:');
  for (const n of names) {
    const s = (await import(`./scenarios/${n}.ts`)) as Scenario;
    console.log(`  ${n.padEnd(14)} ${s.description}`);
  }
  process.exit(name && name !== '--help' ? 2 : 0);
}
const scenario = (await import(`./scenarios/${name}.ts`)) as Scenario;
await scenario.run(args);
