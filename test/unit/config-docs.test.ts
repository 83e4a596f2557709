import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generatedDocs } from '../../controller/config/docs.ts';
import { ControllerConfigSchema } from '../../controller/config/schema.ts';
import { fieldDocs, updateGeneratedSections } from '../../device/config/config-docs.ts';
import { DaemonConfigSchema } from '../../device/config/daemon-schema.ts';
import { WorkloadSpecSchema } from '../../device/config/workload-schema.ts';

describe('generated configuration docs', () => {
  it.each(Object.entries(generatedDocs()))(
    '%s is up to date with the schemas (run npx tsx scripts/gen-config-docs.ts)',
    (file, sections) => {
      const current = readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8');
      expect(updateGeneratedSections(current, sections)).toBe(current);
    },
  );

  it.each([
    ['daemon.yaml', DaemonConfigSchema],
    ['workload', WorkloadSpecSchema],
    ['controller.yaml', ControllerConfigSchema],
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
