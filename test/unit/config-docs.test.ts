import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fieldDocs, updateGeneratedSections } from '../../device/config/config-docs.ts';
import { DaemonConfigSchema } from '../../device/config/daemon-schema.ts';
import { WorkloadSpecSchema } from '../../device/config/workload-schema.ts';

const DOC = new URL('../../docs/configuration.md', import.meta.url);

describe('docs/configuration.md', () => {
  it('is up to date with the schemas (run npx tsx scripts/gen-config-docs.ts)', () => {
    const current = readFileSync(DOC, 'utf8');
    expect(updateGeneratedSections(current)).toBe(current);
  });

  it.each([
    ['daemon.yaml', DaemonConfigSchema],
    ['workload', WorkloadSpecSchema],
  ])('describes every field of %s', (_name, schema) => {
    const fields = fieldDocs(schema);
    expect(fields.length).toBeGreaterThan(10);
    expect(fields.filter((f) => f.description.trim() === '').map((f) => f.path)).toEqual([]);
  });

  it('shows computed defaults in words, not the values of this machine', () => {
    const byPath = new Map(fieldDocs(DaemonConfigSchema).map((f) => [f.path, f]));
    expect(byPath.get('device_name')?.default).toMatch(/hostname/);
    expect(byPath.get('log_dir')?.default).toBe('_<data_dir>/logs_');
    expect(byPath.get('fleet.broker_url')?.default).toBe('**required**');
  });
});
