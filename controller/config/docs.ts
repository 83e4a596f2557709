// Every generated section of the docs, by file: the device config tables and the
// controller.yaml table, all rendered from their zod schemas.
import { generatedSections, renderFieldTable } from '../../device/config/config-docs.ts';
import { ControllerConfigSchema } from './schema.ts';

export function generatedDocs(): Record<string, Record<string, string>> {
  return {
    'docs/configuration.md': generatedSections(),
    'docs/controller.md': { 'controller-fields': renderFieldTable(ControllerConfigSchema) },
  };
}
