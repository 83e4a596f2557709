// `npm run bench -- <scenario> [options]`: runs one benchmark scenario, prints a table and
// writes JSON to bench/results/. Scenarios live in bench/scenarios/<name>.ts and export
// `run(args: string[]): Promise<void>` plus a one-line `description`.
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

const [name, ...args] = process.argv.slice(2);
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
