// `mctl deploy VERSION (--tag T | --devices a,b) [--batch-size N] [--canary] [--wait]` starts a
// rolling deployment of a stored release; `mctl deploy ls|show ID|cancel ID|promote ID` follow
// and steer it. --wait prints one line per change of the deployment's progress until it ends.
import { Command, Option } from 'commander';
import type { Deployment } from '../../controller/deploy/types.ts';
import { McError } from '../../proto/errors.ts';
import { parsePositiveInt } from '../args.ts';
import { relative, table } from '../format.ts';
import { callApi } from './device.ts';
import { apiOptions, type ControllerApiOptions, withControllerOptions } from './release.ts';

const FINAL = new Set(['completed', 'failed', 'rolled_back', 'cancelled']);

interface DeployFlags {
  tag?: string;
  devices?: string[];
  batchSize: number;
  canary: boolean;
  pause: boolean;
  rollback: boolean;
  minHealthyTime: number;
  healthyDeadline: number;
  maxFailures: number;
  wait: boolean;
}

function seconds(value: string): number {
  const n = Number(value);
  if (!(n > 0))
    throw new McError('MC_ERR_INVALID_ARGUMENT', `expected a positive number of seconds, got ${value}`);
  return n;
}

function nonNegative(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0)
    throw new McError('MC_ERR_INVALID_ARGUMENT', `expected a whole number ≥ 0, got ${value}`);
  return n;
}

/** One line of progress: status, batch, and devices by step. */
export function progressLine(d: Deployment): string {
  const counts = new Map<string, number>();
  for (const p of Object.values(d.devices)) counts.set(p.step, (counts.get(p.step) ?? 0) + 1);
  const steps = [...counts].map(([step, n]) => `${step} ${n}`).join(', ');
  const batch = Math.min(d.current_batch + 1, d.batches.length);
  const waiting = d.awaiting_promote ? ' — waiting for promote' : '';
  return `${d.id} ${d.status} batch ${batch}/${d.batches.length}: ${steps}${waiting}${d.error ? ` — ${d.error}` : ''}`;
}

async function follow(opts: ControllerApiOptions, id: string): Promise<Deployment> {
  let last = '';
  for (;;) {
    const d = await callApi<Deployment>(opts, 'GET', `/api/deployments/${encodeURIComponent(id)}`);
    const line = progressLine(d);
    if (line !== last && !opts.json) process.stdout.write(`${line}\n`);
    last = line;
    if (FINAL.has(d.status)) return d;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

function show(opts: ControllerApiOptions, d: Deployment): void {
  if (opts.json) {
    process.stdout.write(`${JSON.stringify(d)}\n`);
    return;
  }
  const rows = Object.values(d.devices)
    .sort((a, b) => a.batch - b.batch || a.device.localeCompare(b.device))
    .map((p) => [String(p.batch + 1), p.device, p.step, relative(p.finished_ms ?? 0), p.error ?? '']);
  process.stdout.write(
    `${progressLine(d)}\n${table(['BATCH', 'DEVICE', 'STEP', 'FINISHED', 'ERROR'], rows)}\n`,
  );
}

export function deployCommand(): Command {
  const deploy = withControllerOptions(
    new Command('deploy')
      .description('rolling deployment of a release: deploy VERSION, or ls | show | cancel | promote')
      .argument('[version]', 'release version to deploy (uploaded with `mctl release create`)')
      .option('--tag <tag>', 'every device carrying this tag')
      .option('--devices <names>', 'comma-separated device names', (v: string) =>
        v.split(',').filter(Boolean),
      )
      .option('--batch-size <n>', 'devices per batch', parsePositiveInt, 1)
      .option('--canary', 'deploy to one device first', false)
      .option('--pause', 'with --canary: wait for `mctl deploy promote ID` after the canary', false)
      .option('--no-rollback', 'on failure, leave devices where they are instead of rolling back')
      .option('--min-healthy-time <s>', 'seconds a device must stay healthy', seconds, 10)
      .option('--healthy-deadline <s>', 'seconds a device has to become healthy', seconds, 300)
      .option('--max-failures <n>', 'failed devices tolerated before aborting', nonNegative, 0)
      .option('--wait', 'print progress until the deployment ends (exit code 1 unless completed)', false),
  );
  deploy.addOption(new Option('--auto-rollback', 'roll back on failure (the default)').hideHelp());

  deploy.action(async (version: string | undefined, o: DeployFlags, cmd: Command) => {
    if (!version)
      throw new McError('MC_ERR_INVALID_ARGUMENT', 'give a release version (or ls, show, cancel)');
    if ((o.tag === undefined) === (o.devices === undefined))
      throw new McError('MC_ERR_INVALID_ARGUMENT', 'give exactly one of --tag and --devices');
    const opts = apiOptions(cmd);
    const d = await callApi<Deployment>(opts, 'POST', '/api/deployments', {
      release: version,
      ...(o.tag === undefined ? { devices: o.devices } : { tag: o.tag }),
      batch_size: o.batchSize,
      canary: o.canary,
      pause_after_canary: o.pause,
      auto_rollback: o.rollback,
      min_healthy_time: o.minHealthyTime,
      healthy_deadline: o.healthyDeadline,
      max_failures: o.maxFailures,
    });
    if (!o.wait) return show(opts, d);
    const end = await follow(opts, d.id);
    if (opts.json) process.stdout.write(`${JSON.stringify(end)}\n`);
    if (end.status !== 'completed') process.exitCode = 1;
  });

  deploy
    .command('ls')
    .description('list deployments, newest first')
    .action(async (_o, cmd: Command) => {
      const opts = apiOptions(cmd);
      const list = await callApi<Deployment[]>(opts, 'GET', '/api/deployments');
      if (opts.json) return void process.stdout.write(`${JSON.stringify(list)}\n`);
      const rows = list.map((d) => [
        d.id,
        d.release,
        d.status,
        `${Math.min(d.current_batch, d.batches.length)}/${d.batches.length}`,
        String(Object.keys(d.devices).length),
        relative(d.created_ms),
      ]);
      process.stdout.write(`${table(['ID', 'RELEASE', 'STATUS', 'BATCHES', 'DEVICES', 'CREATED'], rows)}\n`);
    });

  deploy
    .command('show')
    .description('one deployment with per-device progress')
    .argument('<id>')
    .option('--wait', 'follow it until it ends', false)
    .action(async (id: string, o: { wait: boolean }, cmd: Command) => {
      const opts = apiOptions(cmd);
      const d = o.wait
        ? await follow(opts, id)
        : await callApi<Deployment>(opts, 'GET', `/api/deployments/${encodeURIComponent(id)}`);
      show(opts, d);
    });

  deploy
    .command('cancel')
    .description('stop before the next batch (the batch in flight finishes its health gate)')
    .argument('<id>')
    .option('--rollback', 'also return devices already done to their previous release', false)
    .action(async (id: string, o: { rollback: boolean }, cmd: Command) => {
      const opts = apiOptions(cmd);
      show(opts, await callApi(opts, 'POST', `/api/deployments/${encodeURIComponent(id)}/cancel`, o));
    });

  deploy
    .command('promote')
    .description('continue a deployment paused after its canary')
    .argument('<id>')
    .action(async (id: string, _o, cmd: Command) => {
      const opts = apiOptions(cmd);
      show(opts, await callApi(opts, 'POST', `/api/deployments/${encodeURIComponent(id)}/promote`, {}));
    });
  return deploy;
}
