// The schema of controller.yaml: the single source of the ControllerConfig type, its
// defaults and its documentation (docs/controller.md). Relative paths resolve against the
// directory of the file.
import { z } from 'zod';

const seconds = (what: string) => z.number().positive().describe(`${what}, in seconds`);
const port = z.number().int().min(0).max(65535);
const urlList = z
  .union([z.string().min(1), z.array(z.string().min(1)).min(1)])
  .transform((v) => (Array.isArray(v) ? v : [v]));

export const TlsFilesSchema = z
  .strictObject({
    cert: z.string().min(1).describe('PEM certificate file'),
    key: z.string().min(1).describe('PEM private key file'),
    ca: z.string().min(1).optional().describe('PEM CA chain sent with the certificate'),
  })
  .describe('TLS for HTTPS, mqtts:// and wss:// when set');

export const BrokerSectionSchema = z
  .strictObject({
    url: urlList
      .optional()
      .describe(
        'An external broker (or several, for failover): embed none and connect to it as the operator',
      ),
    username: z.string().optional().describe('User name on the external broker'),
    password: z.string().optional().describe('Password on the external broker'),
    mqtt_host: z
      .string()
      .default('127.0.0.1')
      .describe('Interface of the embedded broker (0.0.0.0 for every one)'),
    mqtt_port: port.default(1883).describe('MQTT port of the embedded broker (mqtts when tls is set)'),
    websocket: z.boolean().default(true).describe('Serve MQTT over WebSocket at /mqtt on the HTTP port'),
    public_urls: urlList
      .optional()
      .describe('Broker URLs devices should use, written into the fleet block of new devices'),
    max_packet_bytes: z
      .number()
      .int()
      .min(1024)
      .default(1024 * 1024)
      .describe('Largest MQTT packet the embedded broker accepts'),
  })
  .describe('The MQTT broker: embedded (default) or external');

export const ControllerConfigSchema = z
  .strictObject({
    host: z.string().default('127.0.0.1').describe('Interface of the HTTP API and dashboard'),
    port: port.default(8080).describe('Port of the HTTP API, dashboard, live feed and /mqtt'),
    data_dir: z
      .string()
      .min(1)
      .default('./.mc-controller')
      .describe('Fleet store, registry and broker persistence'),
    api_token: z
      .string()
      .min(16)
      .optional()
      .describe(
        'Operator token (Bearer for the API, MQTT password of user "operator"); generated when absent',
      ),
    api_token_file: z.string().min(1).optional().describe('File whose first line is the operator token'),
    observer_token: z
      .string()
      .min(16)
      .optional()
      .describe('MQTT password of user "observer" (telemetry only)'),
    read_auth: z
      .enum(['open', 'token'])
      .default('token')
      .describe('Whether API reads and the live feed need the token'),
    stale_after: seconds('A device whose heartbeats stop this long is stale').default(30),
    device_password_hash: z
      .enum(['scrypt', 'sha256'])
      .default('sha256')
      .describe(
        'Device password hashes: salted SHA-256 (the generated passwords carry 256 random bits; checks in µs) or scrypt (~60 logins/s); see docs/security.md',
      ),
    inventory: z.string().min(1).optional().describe('inventory.yaml for SSH bootstrap of new devices'),
    events_per_device: z.number().int().min(1).default(1000).describe('Events kept per device'),
    audit_limit: z.number().int().min(1).default(10_000).describe('Audit log entries kept'),
    task_lost_after: seconds(
      'A device stale this long loses its running fleet tasks (re-queued); offline loses them at once',
    ).default(30),
    tasks_keep: z.number().int().min(1).default(10_000).describe('Finished fleet tasks kept'),
    command_timeout: seconds('How long the API waits for a device to answer a command').default(10),
    command_expiry: seconds('A command queued for an offline device expires after this').default(600),
    live_max_messages_per_second: z.number().int().min(1).default(20).describe('Per live-feed socket'),
    release_max_bytes: z
      .number()
      .int()
      .min(1024)
      .default(16 * 1024 * 1024)
      .describe('Largest release bundle (file content); operators may publish MQTT packets this big'),
    log_level: z
      .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace'])
      .default('info')
      .describe('Level of the controller log'),
    tls: TlsFilesSchema.optional(),
    broker: BrokerSectionSchema.default(BrokerSectionSchema.parse({})),
  })
  .superRefine((c, ctx) => {
    if (c.api_token !== undefined && c.api_token_file !== undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['api_token_file'],
        message: 'give api_token or api_token_file, not both',
      });
    }
  })
  .describe('controller.yaml: settings of the controller');

export type ControllerConfig = z.infer<typeof ControllerConfigSchema>;
