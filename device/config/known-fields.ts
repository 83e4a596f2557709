// Which fields a schema accepts at a given path, and what to tell an operator who wrote a
// field it does not: a near-miss spelling, or a hint for fields of the Python system's
// config that changed meaning here (the seeds' daemon.yaml is the usual starting point).
import { z } from 'zod';

/** Fields of the Python Master Control's daemon.yaml (by dotted path) and what replaces them. */
export const DAEMON_MIGRATION_HINTS: Readonly<Record<string, string>> = {
  'fleet.client_name': 'the device name is `device_name` at the top of daemon.yaml',
  'fleet.central_api_url':
    'devices talk MQTT to a broker: set fleet.broker_url (e.g. mqtt://controller:1883)',
  'fleet.heartbeat_interval_seconds': 'renamed heartbeat_interval (seconds)',
  'fleet.api_port': 'devices serve no HTTP port; the controller reaches them over MQTT',
  'fleet.api_token': 'devices authenticate to the broker with username + password or password_file',
  'fleet.enabled': 'a fleet block is enabled by being present; remove the block to run stand-alone',
  central: 'the controller has its own configuration; it does not belong in daemon.yaml',
};

/** Likely mistakes in workload files, by dotted path. */
export const WORKLOAD_MIGRATION_HINTS: Readonly<Record<string, string>> = {
  enabled: 'to keep a workload from starting by itself, set autostart: false',
};

type AnySchema = z.core.$ZodType;

/** Strips wrappers that do not change which keys an object accepts. */
function unwrap(schema: AnySchema): AnySchema {
  let current = schema;
  for (;;) {
    if (
      current instanceof z.ZodOptional ||
      current instanceof z.ZodDefault ||
      current instanceof z.ZodNullable ||
      current instanceof z.ZodPrefault ||
      current instanceof z.ZodReadonly
    ) {
      current = current.unwrap();
    } else if (current instanceof z.ZodPipe) {
      current = current.in;
    } else {
      return current;
    }
  }
}

/** The schema that validates the value at `path`, or undefined when it cannot be told. */
function schemaAt(schema: AnySchema, path: ReadonlyArray<PropertyKey>): AnySchema | undefined {
  let current: AnySchema | undefined = unwrap(schema);
  for (const segment of path) {
    if (current instanceof z.ZodObject) {
      const next: AnySchema | undefined = current.shape[String(segment)];
      current = next === undefined ? undefined : unwrap(next);
    } else if (current instanceof z.ZodArray && typeof segment === 'number') {
      current = unwrap(current.element);
    } else if (current instanceof z.ZodUnion) {
      // e.g. command: string | string[] — follow the option that has this segment.
      const options: readonly AnySchema[] = current.options;
      current = options.map((option) => schemaAt(option, [segment])).find((found) => found !== undefined);
    } else {
      return undefined;
    }
    if (current === undefined) return undefined;
  }
  return current;
}

/** Field names accepted by the object at `path` (empty when that is not an object). */
export function knownFields(schema: AnySchema, path: ReadonlyArray<PropertyKey>): string[] {
  const target = schemaAt(schema, path);
  return target instanceof z.ZodObject ? Object.keys(target.shape) : [];
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current.push(
        Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost),
      );
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/** The known field an unknown one was most likely meant to be, if any is close. */
export function closestField(unknown: string, known: readonly string[]): string | undefined {
  const lower = unknown.toLowerCase();
  let best: { field: string; distance: number } | undefined;
  for (const field of known) {
    const distance = editDistance(lower, field);
    if (
      distance <= Math.max(1, Math.floor(field.length / 3)) &&
      (best === undefined || distance < best.distance)
    ) {
      best = { field, distance };
    }
  }
  return best?.field;
}

/** Message for a field the schema does not accept; `path` is the field's dotted path. */
export function unknownFieldMessage(
  path: string,
  field: string,
  known: readonly string[],
  hints: Readonly<Record<string, string>> = {},
): string {
  const hint = hints[path];
  if (hint !== undefined) return `unknown field; ${hint}`;
  const closest = closestField(field, known);
  if (closest !== undefined) return `unknown field; did you mean ${closest}?`;
  // Short lists help; the 25 fields of a workload would only bury the message.
  if (known.length > 0 && known.length <= 8) return `unknown field; allowed here: ${known.join(', ')}`;
  return 'unknown field (see docs/configuration.md)';
}
