// `mctl deploy DIR --version V …` packs DIR into a release, uploads it, starts a rolling
// deployment and follows it to its end (exit 0 only when completed); `mctl deploy VERSION …`
// does the same for a release already uploaded (following only with --wait). `mctl deploy
// ls|show ID|cancel ID|promote ID` and `mctl deployments [ID]` inspect and steer deployments.
// Progress is read by polling GET /api/deployments/:id once a second: one request a second
// is nothing next to a deployment's minutes, and it needs no live-feed client in the CLI.
// Following prints a line per change (with --json: the whole record as one JSON line per
// change, the last line being the final state) and rides out a controller restart: the
// deployment resumes on the controller, so the follower keeps asking for a while.
import { statSync } from 'node:fs';
import { Command, InvalidArgumentError, Option } from 'commander';
import type { Deployment } from '../../controller/deploy/types.ts';
import { McError } from '../../proto/errors.ts';
import { parsePositiveInt } from '../args.ts';
import { relative, table } from '../format.ts';
import { callApi } from './device.ts';
import { apiOptions, type ControllerApiOptions, createRelease, withControllerOptions } from './release.ts';

const FINAL = new Set(['completed', 'failed', 'rolled_back', 'cancelled']);
const POLL_MS = 1000;
/** How long following waits for an unreachable controller (a restart) before giving up. */
const UNREACHABLE_MS = 60_000;

interface DeployFlags {
  version?: string;
  notes?: string;
  tag?: string;
  devices?: string[];
  targets?: string[];
  batchSize: number;
  canary: number | boolean;
  pause: boolean;
  rollback: boolean;
  minHealthyTime: number;
  healthyDeadline: number;
  maxFailures: number;
  wait: boolean;
}

function seconds(value: string): number {
  const n = Number(value);
  if (!(n > 0)) throw new InvalidArgumentError(`expected a positive number of seconds, got ${value}`);
  return n;
}

function nonNegative(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0)
    throw new InvalidArgumentError(`expected a whole number ≥ 0, got ${value}`);
  return n;
}

const names = (v: string) => v.split(',').filter(Boolean);
const path = (id: string) => `/api/deployments/${encodeURIComponent(id)}`;

/** One line of progress: status, the batch in flight with each device's step, and the error. */
export function progressLine(d: Deployment): string {
  const index = Math.min(d.current_batch, d.batches.length - 1);
  const batch = (d.batches[index] ?? []).map((n) => `${n} ${d.devices[n]?.step ?? '?'}`).join(', ');
  const rollback = Object.values(d.devices).filter((p) => p.step.startsWith('roll'));
  const back =
    rollback.length > 0 ? ` — rollback: ${rollback.map((p) => `${p.device} ${p.step}`).join(', ')}` : '';
  const waiting = d.awaiting_promote ? ` — waiting for promote (mctl deploy promote ${d.id})` : '';
  return `${d.id} ${d.status} batch ${index + 1}/${d.batches.length} (${batch})${back}${waiting}${d.error ? ` — ${d.error}` : ''}`;
}

/**
 * GET of the deployment that waits out a controller restart (up to UNREACHABLE_MS) — once the
 * controller has answered: an address that never did is a mistake to report at once.
 */
async function fetchFollowing(opts: ControllerApiOptions, id: string, reached: boolean): Promise<Deployment> {
  if (!reached) return callApi<Deployment>(opts, 'GET', path(id));
  const since = Date.now();
  let told = false;
  for (;;) {
    try {
      return await callApi<Deployment>(opts, 'GET', path(id));
    } catch (err) {
      if (
        !(err instanceof McError && err.code === 'MC_ERR_UNAVAILABLE') ||
        Date.now() - since > UNREACHABLE_MS
      )
        throw err;
      if (!told) process.stderr.write(`${err.message}; still following, retrying\n`);
      told = true;
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    }
  }
}

/** Prints the progress whenever it changes, until the deployment ends; resolves to the end state. */
async function follow(opts: ControllerApiOptions, id: string, reached = false): Promise<Deployment> {
  let last = '';
  for (let answered = reached; ; answered = true) {
    const d = await fetchFollowing(opts, id, answered);
    // Human output: one line per visible change. JSON: the record whenever a step was saved.
    const line = opts.json ? JSON.stringify(d) : progressLine(d);
    if (line !== last) process.stdout.write(`${line}\n`);
    last = line;
    if (FINAL.has(d.status)) return d;
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

function show(opts: ControllerApiOptions, d: Deployment): void {
  if (opts.json) return void process.stdout.write(`${JSON.stringify(d)}\n`);
  const rows = Object.values(d.devices)
    .sort((a, b) => a.batch - b.batch || a.device.localeCompare(b.device))
    .map((p) => [String(p.batch + 1), p.device, p.step, relative(p.finished_ms ?? 0), p.error ?? '']);
  process.stdout.write(
    `${progressLine(d)}\n${table(['BATCH', 'DEVICE', 'STEP', 'FINISHED', 'ERROR'], rows)}\n`,
  );
}

async function list(opts: ControllerApiOptions): Promise<void> {
  const all = await callApi<Deployment[]>(opts, 'GET', '/api/deployments');
  if (opts.json) return void process.stdout.write(`${JSON.stringify(all)}\n`);
  const rows = all.map((d) => [
    d.id,
    d.release,
    d.status,
    `${Math.min(d.current_batch, d.batches.length)}/${d.batches.length}`,
    String(Object.keys(d.devices).length),
    relative(d.created_ms),
  ]);
  process.stdout.write(`${table(['ID', 'RELEASE', 'STATUS', 'BATCHES', 'DEVICES', 'CREATED'], rows)}\n`);
}

const isDir = (p: string) => statSync(p, { throwIfNoEntry: false })?.isDirectory() === true;

async function start(target: string, o: DeployFlags, opts: ControllerApiOptions): Promise<void> {
  const fromDir = isDir(target);
  if (fromDir && !o.version)
    throw new McError('MC_ERR_INVALID_ARGUMENT', `deploying ${target} needs --version`);
  const devices = o.targets ?? o.devices;
  if (devices !== undefined && o.tag !== undefined)
    throw new McError('MC_ERR_INVALID_ARGUMENT', 'give --targets or --tag, not both');
  let release = target;
  if (fromDir) {
    const meta = await createRelease(opts, target, o.version ?? '', o.notes);
    release = meta.version;
    if (!opts.json) process.stdout.write(`release ${release}: ${meta.files} files, sha256 ${meta.sha256}\n`);
  }
  const d = await callApi<Deployment>(opts, 'POST', '/api/deployments', {
    release,
    ...(devices !== undefined ? { devices } : o.tag !== undefined ? { tag: o.tag } : {}),
    batch_size: o.batchSize,
    canary: o.canary,
    pause_after_canary: o.pause,
    auto_rollback: o.rollback,
    min_healthy_time: o.minHealthyTime,
    healthy_deadline: o.healthyDeadline,
    max_failures: o.maxFailures,
  });
  if (!fromDir && !o.wait) return show(opts, d);
  if (!opts.json)
    process.stdout.write(`deployment ${d.id}: ${d.batches.map((b) => `[${b.join(', ')}]`).join(' → ')}\n`);
  const end = await follow(opts, d.id, true);
  // With --json the last line follow() printed is the end state already.
  if (!opts.json) show(opts, end);
  if (end.status !== 'completed') process.exitCode = 1;
}

export function deployCommand(): Command {
  const deploy = withControllerOptions(
    new Command('deploy')
      .description(
        'rolling deployment: deploy DIR --version V, deploy VERSION, or ls | show | cancel | promote',
      )
      .argument(
        '[dir-or-version]',
        'a directory to pack as release --version, or an uploaded release version',
      )
      .option('--version <version>', 'with DIR: the version of the release created from it')
      .option('--notes <text>', 'with DIR: release notes')
      .option('--targets <names>', 'comma-separated device names (default: every device)', names)
      .addOption(new Option('--devices <names>', 'same as --targets').argParser(names).hideHelp())
      .option('--tag <tag>', 'every device carrying this tag')
      .option('--batch-size <n>', 'devices per batch', parsePositiveInt, 1)
      .option('--canary [n]', 'deploy to the first n devices (default 1) first', parsePositiveInt)
      .option('--pause', 'with --canary: wait for `mctl deploy promote ID` after the canary', false)
      .option('--no-rollback', 'on failure, leave devices where they are instead of rolling back')
      .option('--min-healthy-time <s>', 'seconds a device must stay healthy', seconds, 10)
      .option('--healthy-deadline <s>', 'seconds a device has to become healthy', seconds, 300)
      .option('--max-failures <n>', 'failed devices tolerated before aborting', nonNegative, 0)
      .option('--wait', 'with VERSION: follow progress until it ends (exit code 1 unless completed)', false),
  );
  deploy.action(async (target: string | undefined, o: DeployFlags, cmd: Command) => {
    if (!target)
      throw new McError('MC_ERR_INVALID_ARGUMENT', 'give a directory with --version, or a release version');
    await start(target, { ...o, canary: o.canary ?? false }, apiOptions(cmd));
  });

  deploy
    .command('ls')
    .description('list deployments, newest first')
    .action(async (_o, cmd: Command) => list(apiOptions(cmd)));

  deploy
    .command('show')
    .description('one deployment with per-device progress')
    .argument('<id>')
    .option('--wait', 'follow it until it ends', false)
    .action(async (id: string, o: { wait: boolean }, cmd: Command) => {
      const opts = apiOptions(cmd);
      // `deploy` has a --wait of its own, and commander gives a flag after the subcommand's
      // arguments to the parent: either one means "follow".
      const wait = o.wait || cmd.parent?.opts<{ wait?: boolean }>().wait === true;
      if (!wait) return show(opts, await callApi<Deployment>(opts, 'GET', path(id)));
      const end = await follow(opts, id);
      if (!opts.json) show(opts, end);
      if (end.status !== 'completed') process.exitCode = 1;
    });

  deploy
    .command('cancel')
    .description('stop before the next batch (the batch in flight finishes its health gate)')
    .argument('<id>')
    .option('--rollback', 'also return devices already done to their previous release', false)
    .action(async (id: string, o: { rollback: boolean }, cmd: Command) => {
      const opts = apiOptions(cmd);
      show(opts, await callApi(opts, 'POST', `${path(id)}/cancel`, o));
    });

  deploy
    .command('promote')
    .description('continue a deployment paused after its canary')
    .argument('<id>')
    .action(async (id: string, _o, cmd: Command) => {
      const opts = apiOptions(cmd);
      show(opts, await callApi(opts, 'POST', `${path(id)}/promote`, {}));
    });
  return deploy;
}

/** `mctl deployments [ID]`: the list, or one deployment with its devices. */
export function deploymentsCommand(): Command {
  return withControllerOptions(
    new Command('deployments').description('list deployments, or show one').argument('[id]'),
  ).action(async (id: string | undefined, _o, cmd: Command) => {
    const opts = apiOptions(cmd);
    if (id === undefined) return list(opts);
    show(opts, await callApi<Deployment>(opts, 'GET', path(id)));
  });
}
