#!/usr/bin/env node
// Reads inventory.yaml for deploy/deploy-clients.sh and stages, for each selected client, what
// goes to that device: its config dir (the assigned workload files, the program files they
// reference, a generated daemon.yaml) and its environment file. Prints one tab-separated line
// per client for the shell script:
//   name  host  ssh_user  ssh_port  ssh_key  install_dir  config_dir  stage_dir  workloads
// Plain JavaScript on purpose: it runs on the control host with nothing but Node and the
// repository's `yaml` package (no build, no tsx).
//
// Usage: node deploy/inventory.mjs --inventory FILE --stage DIR [--client NAME]...
import { cpSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import path from 'node:path';
import { parse, stringify } from 'yaml';

// Same rule as device_name in device/config/daemon-schema.ts (one MQTT topic level).
const NAME_PATTERN = /^[a-z0-9][a-z0-9_-]{0,62}$/;
// Entries of a config dir that deploy-clients.sh leaves alone on the device (rsync protect
// filter), so they must not be produced by staging either.
const PROTECTED = new Set(['secrets', 'tls']);
const CLIENT_KEYS = new Set([
  'host',
  'name',
  'workloads',
  'files',
  'env',
  'daemon',
  'ssh_user',
  'ssh_port',
  'ssh_key',
  'install_dir',
  'config_dir',
]);
const DEFAULT_KEYS = new Set([
  'ssh_user',
  'ssh_port',
  'ssh_key',
  'install_dir',
  'config_dir',
  'env',
  'daemon',
  'files',
]);

class InventoryError extends Error {}

function fail(message) {
  throw new InventoryError(message);
}

function parseArgs(argv) {
  const out = { inventory: undefined, stage: undefined, clients: [] };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    const value = argv[i + 1];
    if (arg === '--inventory' || arg === '--stage' || arg === '--client') {
      if (value === undefined) fail(`${arg} needs a value`);
      if (arg === '--client') out.clients.push(value);
      else out[arg.slice(2)] = value;
      i += 1;
    } else {
      fail(`unknown argument ${arg}`);
    }
  }
  if (out.inventory === undefined || out.stage === undefined) fail('--inventory and --stage are required');
  return out;
}

const isMap = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Deep merge of mappings (client over defaults); lists and scalars are replaced. */
function merge(base, over) {
  if (!isMap(base) || !isMap(over)) return over === undefined ? base : over;
  const out = { ...base };
  for (const [k, v] of Object.entries(over)) out[k] = merge(base[k], v);
  return out;
}

/** A value that goes into a tab-separated line or a remote shell: no control characters. */
function plain(where, value) {
  const s = String(value);
  if (s === '' || /[\t\n\r\0]/.test(s)) fail(`${where}: empty or contains a tab/newline`);
  return s;
}

function absolutePath(where, value) {
  const s = plain(where, value);
  if (!s.startsWith('/')) fail(`${where} must be an absolute path on the device (got "${s}")`);
  if (s === '/') fail(`${where} must not be /`);
  return s.replace(/\/+$/, '');
}

function expandHome(p) {
  return p === '~' || p.startsWith('~/') ? path.join(homedir(), p.slice(1)) : p;
}

/** The top-level entries beside a workload file that its module, cwd and command refer to. */
function referencedEntries(workloadFile, spec) {
  const dir = path.dirname(workloadFile);
  const candidates = [];
  if (typeof spec.module === 'string') candidates.push(spec.module);
  if (typeof spec.cwd === 'string') candidates.push(spec.cwd);
  if (Array.isArray(spec.command)) candidates.push(...spec.command.filter((c) => typeof c === 'string'));
  else if (typeof spec.command === 'string') candidates.push(...spec.command.split(/\s+/));
  const entries = new Set();
  for (const c of candidates) {
    if (c === '' || c.startsWith('/') || c.startsWith('-')) continue;
    const normal = path.normalize(c);
    if (normal === '.' || normal.startsWith('..')) continue;
    if (!existsSync(path.join(dir, normal))) continue;
    entries.add(normal.split(path.sep)[0]);
  }
  return [...entries];
}

function stageClient(client, index, defaults, baseDir, stageRoot) {
  const where = `clients[${index}]`;
  if (!isMap(client)) fail(`${where} must be a mapping with at least host and name`);
  for (const key of Object.keys(client)) {
    if (!CLIENT_KEYS.has(key))
      fail(`${where}: unknown field "${key}" (known: ${[...CLIENT_KEYS].join(', ')})`);
  }
  const name = plain(`${where}.name`, client.name ?? '');
  if (!NAME_PATTERN.test(name)) {
    fail(`${where}.name "${name}" must match [a-z0-9][a-z0-9_-]{0,62} (it becomes the device_name)`);
  }
  const host = plain(`${name}: host`, client.host ?? '');
  if (host.startsWith('-')) fail(`${name}: host must not start with "-"`);
  const pick = (key, fallback) => client[key] ?? defaults[key] ?? fallback;
  const user = plain(`${name}: ssh_user`, pick('ssh_user', 'root'));
  const port = Number(pick('ssh_port', 22));
  if (!Number.isInteger(port) || port < 1 || port > 65535) fail(`${name}: ssh_port must be 1…65535`);
  const keyRaw = pick('ssh_key', '');
  const key = keyRaw === '' ? '-' : path.resolve(baseDir, expandHome(plain(`${name}: ssh_key`, keyRaw)));
  const installDir = absolutePath(`${name}: install_dir`, pick('install_dir', '/opt/master-control'));
  const configDir = absolutePath(`${name}: config_dir`, pick('config_dir', '/etc/master-control'));

  const stage = path.join(stageRoot, name);
  if (existsSync(stage)) fail(`client name "${name}" appears more than once`);
  const configStage = path.join(stage, 'config');
  mkdirSync(configStage, { recursive: true });

  // Workload files: copied flat into the config dir, plus what they reference.
  const workloads = client.workloads ?? [];
  if (!Array.isArray(workloads)) fail(`${name}: workloads must be a list of workload files`);
  const copiedFrom = new Map(); // entry name in the config dir → source path
  const copy = (source, entry) => {
    if (PROTECTED.has(entry) || entry === 'daemon.yaml' || entry === 'daemon.yml') {
      fail(`${name}: "${entry}" is reserved in the device's config dir (from ${source})`);
    }
    const previous = copiedFrom.get(entry);
    if (previous === source) return;
    if (previous !== undefined)
      fail(`${name}: both ${previous} and ${source} would be "${entry}" on the device`);
    copiedFrom.set(entry, source);
    cpSync(source, path.join(configStage, entry), { recursive: true, dereference: true });
  };
  const workloadNames = [];
  for (const [i, w] of workloads.entries()) {
    const file = path.resolve(baseDir, plain(`${name}: workloads[${i}]`, w));
    if (!existsSync(file) || !statSync(file).isFile()) fail(`${name}: workload file ${file} does not exist`);
    if (!/\.ya?ml$/.test(file)) fail(`${name}: workload file ${file} is not a .yaml/.yml file`);
    let spec;
    try {
      spec = parse(readFileSync(file, 'utf8'));
    } catch (err) {
      fail(`${name}: ${file}: ${err.message}`);
    }
    copy(file, path.basename(file));
    workloadNames.push(isMap(spec) && typeof spec.name === 'string' ? spec.name : path.basename(file));
    if (isMap(spec)) {
      for (const entry of referencedEntries(file, spec)) copy(path.join(path.dirname(file), entry), entry);
    }
  }
  const files = [...(defaults.files ?? []), ...(client.files ?? [])];
  for (const [i, f] of files.entries()) {
    const source = path.resolve(baseDir, plain(`${name}: files[${i}]`, f));
    if (!existsSync(source)) fail(`${name}: file ${source} does not exist`);
    copy(source, path.basename(source));
  }

  // daemon.yaml: defaults.daemon, then the client's daemon block; device_name is the client name.
  const daemon = merge(
    isMap(defaults.daemon) ? defaults.daemon : {},
    isMap(client.daemon) ? client.daemon : {},
  );
  if (!isMap(daemon)) fail(`${name}: daemon must be a mapping (fields of daemon.yaml)`);
  if (daemon.device_name !== undefined && daemon.device_name !== name) {
    fail(`${name}: daemon.device_name must be left out (it is the client name)`);
  }
  const daemonYaml = { device_name: name, ...daemon };
  writeFileSync(
    path.join(configStage, 'daemon.yaml'),
    `# Generated by deploy/deploy-clients.sh from ${path.resolve(baseDir)} inventory; do not edit on the device.\n${stringify(daemonYaml)}`,
  );

  // Environment: KEY=VALUE lines for systemd's EnvironmentFile (remote-bootstrap.sh writes .env).
  const env = merge(isMap(defaults.env) ? defaults.env : {}, isMap(client.env) ? client.env : {});
  const lines = [];
  for (const [k, v] of Object.entries(env ?? {})) {
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(k)) fail(`${name}: env key "${k}" is not a valid variable name`);
    if (isMap(v) || Array.isArray(v) || v === null) fail(`${name}: env.${k} must be a string or number`);
    const value = String(v);
    if (/[\n\r\0]/.test(value)) fail(`${name}: env.${k} contains a newline`);
    lines.push(`${k}=${value}`);
  }
  writeFileSync(path.join(stage, 'env'), lines.length > 0 ? `${lines.join('\n')}\n` : '');

  return [name, host, user, String(port), key, installDir, configDir, stage, workloadNames.join(',') || '-'];
}

function main() {
  const args = parseArgs(process.argv.slice(2));
  const file = path.resolve(args.inventory);
  if (!existsSync(file)) fail(`inventory ${file} does not exist`);
  let doc;
  try {
    doc = parse(readFileSync(file, 'utf8'));
  } catch (err) {
    fail(`${file}: ${err.message}`);
  }
  if (!isMap(doc)) fail(`${file}: expected a mapping with defaults and clients`);
  const defaults = doc.defaults ?? {};
  if (!isMap(defaults)) fail(`${file}: defaults must be a mapping`);
  for (const key of Object.keys(defaults)) {
    if (!DEFAULT_KEYS.has(key))
      fail(`defaults: unknown field "${key}" (known: ${[...DEFAULT_KEYS].join(', ')})`);
  }
  const clients = doc.clients;
  if (!Array.isArray(clients) || clients.length === 0) fail(`${file}: clients must be a non-empty list`);
  const names = clients.map((c) => (isMap(c) ? String(c.name) : ''));
  for (const wanted of args.clients) {
    if (!names.includes(wanted))
      fail(`no client named "${wanted}" in ${file} (clients: ${names.join(', ')})`);
  }
  const baseDir = path.dirname(file);
  mkdirSync(args.stage, { recursive: true });
  const rows = [];
  for (const [i, client] of clients.entries()) {
    if (args.clients.length > 0 && !args.clients.includes(names[i])) continue;
    rows.push(stageClient(client, i, defaults, baseDir, path.resolve(args.stage)));
  }
  process.stdout.write(rows.map((r) => `${r.join('\t')}\n`).join(''));
}

try {
  main();
} catch (err) {
  if (err instanceof InventoryError) {
    process.stderr.write(`inventory: ${err.message}\n`);
    process.exit(2);
  }
  throw err;
}
