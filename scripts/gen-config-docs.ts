// Rewrites the generated field tables of docs/configuration.md from the zod schemas.
//   npx tsx scripts/gen-config-docs.ts           update the file
//   npx tsx scripts/gen-config-docs.ts --check   exit 1 if it is stale (CI)
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { updateGeneratedSections } from '../device/config/config-docs.ts';

const docPath = fileURLToPath(new URL('../docs/configuration.md', import.meta.url));
const current = readFileSync(docPath, 'utf8');
const updated = updateGeneratedSections(current);

if (process.argv.includes('--check')) {
  if (updated !== current) {
    process.stderr.write('docs/configuration.md is stale: run npx tsx scripts/gen-config-docs.ts\n');
    process.exitCode = 1;
  }
} else if (updated !== current) {
  writeFileSync(docPath, updated);
  process.stdout.write('docs/configuration.md updated\n');
} else {
  process.stdout.write('docs/configuration.md is up to date\n');
}
