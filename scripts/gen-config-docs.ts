// Rewrites the generated field tables of docs/configuration.md and docs/controller.md
// from the zod schemas.
//   npx tsx scripts/gen-config-docs.ts           update the files
//   npx tsx scripts/gen-config-docs.ts --check   exit 1 if one is stale (CI)
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { generatedDocs } from '../controller/config/docs.ts';
import { updateGeneratedSections } from '../device/config/config-docs.ts';

for (const [file, sections] of Object.entries(generatedDocs())) {
  const docPath = fileURLToPath(new URL(`../${file}`, import.meta.url));
  const current = readFileSync(docPath, 'utf8');
  const updated = updateGeneratedSections(current, sections);
  if (process.argv.includes('--check')) {
    if (updated !== current) {
      process.stderr.write(`${file} is stale: run npx tsx scripts/gen-config-docs.ts\n`);
      process.exitCode = 1;
    }
  } else if (updated !== current) {
    writeFileSync(docPath, updated);
    process.stdout.write(`${file} updated\n`);
  } else {
    process.stdout.write(`${file} is up to date\n`);
  }
}
