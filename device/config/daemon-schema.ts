// The schema of daemon.yaml: the single source of the DaemonConfig type, its defaults and
// its documentation (docs/configuration.md is generated from these descriptions). Paths are
// kept as written here; the loader resolves relative ones against the daemon.yaml directory.
import { hostname } from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import { isValidDeviceName, NAME_PATTERN, RESERVED_DEVICE_NAMES } from '../../proto/topics.ts';
import { LogRotationSchema } from './workload-schema.ts';

export const BROKER_PROTOCOLS = ['mqtt:', 'mqtts:', 'ws:', 'wss:'] as const;
export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace'] as const;

/** Fallback when the hostname has nothing usable left after sanitising. */
const FALLBACK_DEVICE_NAME = 'device';

/**
 * A hostname turned into a valid device name: lower-cased, anything outside [a-z0-9_-]
 * (dots of an FQDN included) replaced by '-', trimmed to 63 characters. Names reserved by
 * the topic contract, or nothing at all, become `device`.
 */
export function sanitizeDeviceName(host: string): string {
  const name = host
    .toLowerCase()
    .replace(/[^a-z0-9_-]+/g, '-')
    .replace(/^[^a-z0-9]+/, '')
    .slice(0, 63)
    .replace(/-+$/, '');
  return isValidDeviceName(name) ? name : FALLBACK_DEVICE_NAME;
}

const seconds = (what: string) => z.number().positive().describe(`${what}, in seconds (fractions allowed)`);
const filePath = (what: string) =>
  z.string().min(1).describe(`${what} (relative paths resolve against the daemon.yaml directory)`);

const brokerUrl = z.string().superRefine((value, ctx) => {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    ctx.addIssue({
      code: 'custom',
      message: `"${value}" is not a URL (expected e.g. mqtt://controller:1883)`,
    });
    return;
  }
  if (!(BROKER_PROTOCOLS as readonly string[]).includes(url.protocol)) {
    ctx.addIssue({
      code: 'custom',
      message: `unsupported protocol "${url.protocol}" in "${value}"; use ${BROKER_PROTOCOLS.map((p) => `${p}//`).join(', ')}`,
    });
  } else if (url.hostname === '') {
    ctx.addIssue({ code: 'custom', message: `"${value}" names no host` });
  }
});

export const TlsSchema = z
  .strictObject({
    ca: filePath('PEM file of the CA that signed the broker certificate').optional(),
    cert: filePath('PEM client certificate, for brokers that authenticate devices by certificate').optional(),
    key: filePath('PEM private key of `cert`').optional(),
    reject_unauthorized: z
      .boolean()
      .default(true)
      .describe('Verify the broker certificate; turn off only on a closed test network'),
  })
  .superRefine((tls, ctx) => {
    if ((tls.cert === undefined) !== (tls.key === undefined)) {
      ctx.addIssue({
        code: 'custom',
        path: [tls.cert === undefined ? 'cert' : 'key'],
        message: 'cert and key go together',
      });
    }
  })
  .describe('TLS material for mqtts:// and wss:// brokers');

export const FleetSchema = z
  .strictObject({
    broker_url: z
      .union([brokerUrl, z.array(brokerUrl).min(1)])
      .transform((value) => (typeof value === 'string' ? [value] : value))
      .describe(
        'Broker URL, or a list tried in turn: mqtt://, mqtts://, ws://, wss:// (WebSocket URLs need the path, e.g. ws://controller:8080/mqtt)',
      ),
    username: z.string().min(1).optional().describe('MQTT user name'),
    password: z
      .string()
      .min(1)
      .optional()
      .describe('MQTT password; prefer password_file so the secret stays out of config'),
    password_file: filePath('File whose first line is the MQTT password').optional(),
    tls: TlsSchema.optional(),
    heartbeat_interval: seconds('Period of mc/{d}/heartbeat').default(10),
    status_debounce_ms: z
      .number()
      .int()
      .min(0)
      .default(100)
      .describe(
        'Changes within this many milliseconds are published as one mc/{d}/status (and workload state); the default keeps a change on the dashboard within ~250 ms while bounding a busy device to 10 publishes/s',
      ),
    keepalive: z.number().int().min(1).max(65535).default(30).describe('MQTT keep-alive, in seconds'),
    outbox_limit: z
      .number()
      .int()
      .min(0)
      .default(10_000)
      .describe('Events kept while offline and published on reconnect; beyond this the oldest are dropped'),
    tags: z
      .array(z.string().regex(NAME_PATTERN, 'must match [a-z0-9][a-z0-9_-]{0,62}'))
      .default([])
      .describe('Labels of this device, used to place tasks and target deployments'),
  })
  .superRefine((fleet, ctx) => {
    if (fleet.password !== undefined && fleet.password_file !== undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['password_file'],
        message: 'password and password_file are mutually exclusive',
      });
    }
  })
  .describe('Connection to the fleet broker; without this block the daemon runs stand-alone');

export const DaemonConfigSchema = z
  .strictObject({
    device_name: z
      .string()
      .regex(NAME_PATTERN, 'must match [a-z0-9][a-z0-9_-]{0,62}')
      .refine((name) => !RESERVED_DEVICE_NAMES.has(name), {
        message: `is reserved by the topic contract (${[...RESERVED_DEVICE_NAMES].join(', ')})`,
      })
      // A function, so the hostname is read when a config is parsed, not at import.
      .default(() => sanitizeDeviceName(hostname()))
      .meta({ default_doc: 'hostname, lower-cased, other characters replaced by -' })
      .describe('Name of this device on the fleet: one MQTT topic level, unique in the fleet'),
    data_dir: z
      .string()
      .min(1)
      .default('/var/lib/master-control')
      .describe('State directory (LMDB, releases); relative paths resolve against the daemon.yaml directory'),
    log_dir: z
      .string()
      .min(1)
      .optional()
      .meta({ default_doc: '<data_dir>/logs' })
      .describe('Workload and daemon log files; relative paths resolve against the daemon.yaml directory'),
    socket_path: z
      .string()
      .min(1)
      .default('/tmp/master_control.sock')
      .describe(
        'Unix socket on which `mctl` controls this daemon; relative paths resolve against the daemon.yaml directory',
      ),
    log_level: z.enum(LOG_LEVELS).default('info').describe('Level of the daemon log'),
    logs: LogRotationSchema.default(LogRotationSchema.parse({})).describe(
      'Default rotation of workload logs (a workload may override it with its own `logs`)',
    ),
    history_limit: z
      .number()
      .int()
      .min(1)
      .default(1000)
      .describe('Runs kept in the history of each workload'),
    metrics_interval: seconds('Period of system metrics sampling').default(5),
    shutdown_timeout: seconds('Time the daemon waits for all workloads to stop on shutdown').default(30),
    fleet: FleetSchema.optional(),
    releases: z
      .strictObject({
        keep: z
          .number()
          .int()
          .min(2)
          .default(3)
          .describe(
            'Releases kept on disk, the running one included (at least 2: the previous one is the rollback)',
          ),
      })
      .default({ keep: 3 })
      .describe('Releases received from the fleet, unpacked under <data_dir>/releases (docs/releases.md)'),
  })
  // log_dir defaults to a path inside data_dir, so it is filled in here rather than by .default().
  .transform((config) => ({ ...config, log_dir: config.log_dir ?? path.join(config.data_dir, 'logs') }))
  .describe('daemon.yaml: settings of the device daemon itself');

export type DaemonConfig = z.infer<typeof DaemonConfigSchema>;
export type DaemonConfigInput = z.input<typeof DaemonConfigSchema>;
export type FleetConfig = z.infer<typeof FleetSchema>;
export type TlsConfig = z.infer<typeof TlsSchema>;
