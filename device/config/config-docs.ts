// Renders the field reference of daemon.yaml and of a workload file from the zod schemas
// (through their JSON Schema), so docs/configuration.md cannot drift from the code: the
// reference tables live between markers in that file, scripts/gen-config-docs.ts rewrites
// them and a unit test fails while they are stale.
import { z } from 'zod';
import { McError } from '../../proto/errors.ts';
import { DaemonConfigSchema } from './daemon-schema.ts';
import { WorkloadSpecSchema } from './workload-schema.ts';

/** The subset of JSON Schema that z.toJSONSchema produces for our schemas. */
interface JsonSchema {
  type?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: JsonSchema | boolean;
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  enum?: unknown[];
  default?: unknown;
  /** Our own metadata key: a default that is computed (hostname) or derived (log_dir). */
  default_doc?: string;
  description?: string;
  pattern?: string;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  minLength?: number;
  minItems?: number;
}

export interface FieldDoc {
  path: string;
  type: string;
  default: string;
  description: string;
}

const toJson = (schema: z.ZodType): JsonSchema =>
  z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;

function range(s: JsonSchema): string {
  const low =
    s.exclusiveMinimum !== undefined
      ? { op: '>', n: s.exclusiveMinimum }
      : s.minimum !== undefined
        ? { op: '≥', n: s.minimum }
        : undefined;
  const max = s.maximum !== undefined && s.maximum < Number.MAX_SAFE_INTEGER ? s.maximum : undefined;
  if (low !== undefined && max !== undefined && low.op === '≥') return ` ${low.n}…${max}`;
  const parts = [low === undefined ? '' : ` ${low.op} ${low.n}`, max === undefined ? '' : ` ≤ ${max}`];
  return parts.join('');
}

/** `string` → `strings`, `name (…)` → `names (…)`, for list item types. */
const plural = (type: string) => type.replace(/^(string|name|number|integer|mapping)\b/, '$1s');

function typeText(s: JsonSchema): string {
  if (s.enum !== undefined) return s.enum.map((v) => `\`${String(v)}\``).join(' \\| ');
  if (s.anyOf !== undefined) return s.anyOf.map(typeText).join(' or ');
  switch (s.type) {
    case 'array':
      return `${s.minItems === 1 ? 'non-empty ' : ''}list of ${s.items === undefined ? 'values' : plural(typeText(s.items))}`;
    case 'object':
      if (s.properties !== undefined) return 'mapping';
      if (typeof s.additionalProperties === 'object' && s.additionalProperties.type !== undefined) {
        return `map of ${typeText(s.additionalProperties)}`;
      }
      return 'map';
    case 'string':
      if (s.pattern !== undefined) return `name (\`${s.pattern.replace(/^\^|\$$/g, '')}\`)`;
      return 'string';
    case 'integer':
    case 'number':
      return `${s.type}${range(s)}`;
    default:
      return s.type ?? 'any';
  }
}

function defaultText(s: JsonSchema, required: boolean): string {
  if (s.default_doc !== undefined) return `_${s.default_doc}_`;
  if (s.default !== undefined) {
    // Nested mappings list their own defaults on the rows below them.
    if (s.properties !== undefined) return '(fields below)';
    return `\`${JSON.stringify(s.default)}\``;
  }
  return required ? '**required**' : '—';
}

function walk(s: JsonSchema, prefix: string, out: FieldDoc[]): void {
  const required = new Set(s.required ?? []);
  for (const [key, child] of Object.entries(s.properties ?? {})) {
    const path = prefix === '' ? key : `${prefix}.${key}`;
    out.push({
      path,
      type: typeText(child),
      default: defaultText(child, required.has(key)),
      description: child.description ?? '',
    });
    if (child.properties !== undefined) walk(child, path, out);
  }
}

/** Every field of a schema, nested mappings flattened to dotted paths. */
export function fieldDocs(schema: z.ZodType): FieldDoc[] {
  const out: FieldDoc[] = [];
  walk(toJson(schema), '', out);
  return out;
}

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** A Markdown table with padded columns, the layout `biome format` gives Markdown tables. */
function markdownTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => (row[i] ?? '').length)));
  const line = (cells: readonly string[]) =>
    `| ${cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

export function renderFieldTable(schema: z.ZodType): string {
  // Types and defaults escape their own pipes (enums); descriptions are plain text.
  const rows = fieldDocs(schema).map((f) => [`\`${f.path}\``, f.type, f.default, cell(f.description)]);
  return markdownTable(['Field', 'Type', 'Default', 'Description'], rows);
}

/** The generated sections of docs/configuration.md, by marker name. */
export function generatedSections(): Record<string, string> {
  return {
    'daemon-fields': renderFieldTable(DaemonConfigSchema),
    'workload-fields': renderFieldTable(WorkloadSpecSchema),
  };
}

const begin = (name: string) =>
  `<!-- BEGIN GENERATED ${name}: scripts/gen-config-docs.ts writes this, do not edit -->`;
const end = (name: string) => `<!-- END GENERATED ${name} -->`;

/** Replaces the text between each section's markers; the markers must exist. */
export function updateGeneratedSections(
  markdown: string,
  sections: Record<string, string> = generatedSections(),
): string {
  let out = markdown;
  for (const [name, body] of Object.entries(sections)) {
    const start = out.indexOf(begin(name));
    const stop = out.indexOf(end(name));
    if (start < 0 || stop < start) {
      throw new McError(
        'MC_ERR_INTERNAL',
        `markers of generated section "${name}" missing: ${begin(name)} … ${end(name)}`,
      );
    }
    out = `${out.slice(0, start)}${begin(name)}\n${body}\n${out.slice(stop)}`;
  }
  return out;
}
