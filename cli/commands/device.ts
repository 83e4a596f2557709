// `mctl device add|rm|ls|rotate`: the controller's device registry, through its HTTP API
// (--controller, --token; the token defaults to MC_API_TOKEN or <data-dir>/api-token).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Command } from 'commander';
import { type ErrorCode, isErrorCode, McError } from '../../proto/errors.ts';
import { relative, table } from '../format.ts';

interface ApiOptions {
  controller: string;
  token?: string;
  dataDir?: string;
  json: boolean;
}

function tokenOf(opts: ApiOptions): string | undefined {
  if (opts.token) return opts.token;
  if (process.env.MC_API_TOKEN) return process.env.MC_API_TOKEN;
  const file = join(opts.dataDir ?? '.mc-controller', 'api-token');
  return existsSync(file) ? readFileSync(file, 'utf8').trim() : undefined;
}

/** Calls the controller API; an error body becomes an McError with its code. */
export async function callApi<T>(opts: ApiOptions, method: string, path: string, body?: unknown): Promise<T> {
  const token = tokenOf(opts);
  let res: Response;
  try {
    res = await fetch(new URL(path, opts.controller), {
      method,
      headers: {
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  } catch (err) {
    throw new McError(
      'MC_ERR_UNAVAILABLE',
      `cannot reach the controller at ${opts.controller}: ${(err as Error).message}`,
    );
  }
  const text = await res.text();
  const parsed = text ? (JSON.parse(text) as Record<string, unknown>) : {};
  if (!res.ok) {
    const error = (parsed.error ?? {}) as { code?: string; message?: string };
    const code: ErrorCode = error.code && isErrorCode(error.code) ? error.code : 'MC_ERR_INTERNAL';
    throw new McError(code, error.message ?? `HTTP ${res.status}`);
  }
  return parsed as T;
}

interface DeviceInfo {
  name: string;
  created_ms: number;
  tags: string[];
  credentials_rotated_ms: number;
  health: string;
}

interface Credentials {
  name: string;
  username: string;
  password: string;
  fleet_yaml: string;
}

function printCredentials(opts: ApiOptions, creds: Credentials, verb: string): void {
  if (opts.json) {
    process.stdout.write(`${JSON.stringify(creds)}\n`);
    return;
  }
  process.stdout.write(
    `${verb} device ${creds.name}. Its password is shown only now.\nPut this in the device's daemon.yaml:\n\n${creds.fleet_yaml}\n`,
  );
}

export function deviceCommand(): Command {
  const device = new Command('device')
    .description('the device registry of the controller (credentials for the fleet broker)')
    .option(
      '--controller <url>',
      'controller API (env MC_CONTROLLER_URL)',
      process.env.MC_CONTROLLER_URL ?? 'http://127.0.0.1:8080',
    )
    .option('--token <token>', 'operator token (env MC_API_TOKEN, else <data-dir>/api-token)');
  const opts = (cmd: Command) => cmd.optsWithGlobals<ApiOptions>();

  device
    .command('add')
    .description('register a device and print its daemon.yaml fleet block')
    .argument('<name>', 'device name')
    .option('--tags <tags>', 'comma-separated tags', (v: string) => v.split(',').filter(Boolean))
    .action(async (name: string, o: { tags?: string[] }, cmd: Command) => {
      const creds = await callApi<Credentials>(opts(cmd), 'POST', '/api/devices', {
        name,
        tags: o.tags ?? [],
      });
      printCredentials(opts(cmd), creds, 'Registered');
    });

  device
    .command('rotate')
    .description('give a device a new password (the old one stops working)')
    .argument('<name>', 'device name')
    .action(async (name: string, _o, cmd: Command) => {
      const creds = await callApi<Credentials>(
        opts(cmd),
        'POST',
        `/api/devices/${encodeURIComponent(name)}/rotate`,
      );
      printCredentials(opts(cmd), creds, 'Rotated the credentials of');
    });

  device
    .command('rm')
    .description('remove a device: its credentials stop working and its session is closed')
    .argument('<name>', 'device name')
    .action(async (name: string, _o, cmd: Command) => {
      await callApi(opts(cmd), 'DELETE', `/api/devices/${encodeURIComponent(name)}`);
      process.stdout.write(opts(cmd).json ? `${JSON.stringify({ removed: name })}\n` : `removed ${name}\n`);
    });

  device
    .command('ls')
    .description('list registered devices')
    .action(async (_o, cmd: Command) => {
      const devices = await callApi<DeviceInfo[]>(opts(cmd), 'GET', '/api/devices');
      if (opts(cmd).json) {
        process.stdout.write(`${JSON.stringify(devices)}\n`);
        return;
      }
      const rows = devices.map((d) => [
        d.name,
        d.health,
        d.tags.join(',') || '-',
        relative(d.created_ms),
        relative(d.credentials_rotated_ms),
      ]);
      const header = ['name', 'health', 'tags', 'registered', 'credentials set'];
      process.stdout.write(`${rows.length ? table(header, rows) : 'no devices registered'}\n`);
    });
  return device;
}
