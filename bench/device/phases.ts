// The three phases of the scenario, each run the same way for every tool:
//  cold  — start N workloads with the supervisor itself (timed from its spawn); once settled,
//          the daemon's RSS, then a series of crash → restart measurements;
//  warm  — start N workloads into a supervisor that is already up (timed from the request);
//  idle  — M workloads per tool, all tools side by side: settled RSS, then CPU over a window.
import { type CrashBreakdown, crashBreakdown } from './daemon-log.ts';
import { msBetween, nowNs, sleep } from './markers.ts';
import {
  type CrashRun,
  cpuPercent,
  crashRestart,
  type ForkWindow,
  forkWindow,
  Probe,
  settledRssKb,
  waitAllRunning,
  workloadsRssKb,
} from './measure.ts';
import type { ProcessTable } from './proc-scan.ts';
import { rssKb, rssPartsKb } from './proc-scan.ts';
import type { Instance, Tool, ToolName } from './tools/types.ts';

export interface PhaseOptions {
  count: number;
  idleCount: number;
  settleMs: number;
  kills: number;
  gapMs: number;
  idleMs: number;
}

export interface ColdResult {
  /** Supervisor spawn → the last of the N workloads running. */
  fromSpawnMs: number;
  /** Supervisor spawn → its milestone (our ready line; `pm2 start` returned). */
  milestoneMs?: number;
  /** Ready line (or CLI return) → the last workload running; negative if that came first. */
  fromMilestoneMs?: number;
  extra: number;
  daemonRssKb: number;
  workloadsRssKb: number;
  crash: CrashRun;
  forks?: ForkWindow;
  /** Our daemon only: what its log says about the restarts. */
  daemonLog?: { crash?: CrashBreakdown };
}

export interface WarmResult {
  fromRequestMs: number;
  /** Supervisor spawn → ready, with no workloads: its bare start-up. */
  startupMs: number;
  extra: number;
}

export interface IdleResult {
  daemonRssKb: number;
  /** The same sample split: anonymous / file-backed KiB (proc-scan.ts rssPartsKb). */
  daemonAnonKb: number;
  daemonFileKb: number;
  /** VmRSS again at the end of the idle window. */
  daemonRssAfterKb: number;
  cpuPercent: number;
  /** Does the tool's own list agree with /proc (same pids)? undefined: the tool has no list. */
  ownViewAgrees?: boolean;
}

async function stopped<T>(instance: Instance, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } finally {
    await instance.stop();
  }
}

export async function coldRep(tool: Tool, table: ProcessTable, opts: PhaseOptions): Promise<ColdResult> {
  const launch = await tool.cold(opts.count);
  // Never left unhandled: a failing `pm2 start` must not crash the run before clean-up.
  const milestone = launch.milestone?.catch(() => undefined);
  const probe = new Probe(table, launch.instance);
  return stopped(launch.instance, async () => {
    const all = await waitAllRunning(probe, opts.count);
    const at = await milestone;
    const pid = await launch.instance.daemonPid();
    const forks = forkWindow(pid, all.pids);
    const daemonRss = await settledRssKb(pid, opts.settleMs);
    const workloadsRss = workloadsRssKb(probe);
    const crash = await crashRestart(probe, opts.kills, opts.gapMs);
    const log = launch.instance.daemonLog;
    const kills = crash.samples.map((s) => ({ pid: s.victim, atMs: s.killedAtMs }));
    return {
      fromSpawnMs: msBetween(launch.spawnedNs, all.lastNs),
      milestoneMs: at === undefined ? undefined : msBetween(launch.spawnedNs, at),
      fromMilestoneMs: at === undefined ? undefined : msBetween(at, all.lastNs),
      extra: all.extra,
      daemonRssKb: daemonRss,
      workloadsRssKb: workloadsRss,
      crash,
      forks,
      daemonLog: log ? { crash: crashBreakdown(log, kills) } : undefined,
    };
  });
}

export async function warmRep(tool: Tool, table: ProcessTable, opts: PhaseOptions): Promise<WarmResult> {
  const launch = await tool.warm(opts.count);
  const probe = new Probe(table, launch.instance);
  return stopped(launch.instance, async () => {
    const all = await waitAllRunning(probe, opts.count);
    return {
      fromRequestMs: msBetween(launch.requestedNs, all.lastNs),
      startupMs: launch.startupMs,
      extra: all.extra,
    };
  });
}

function samePids(a: number[], b: number[]): boolean {
  const sa = [...a].sort((x, y) => x - y);
  const sb = [...b].sort((x, y) => x - y);
  return sa.length === sb.length && sa.every((pid, i) => pid === sb[i]);
}

/** All tools at once, so the idle window is one window: idle daemons barely compete. */
export async function idlePhase(
  tools: Tool[],
  table: ProcessTable,
  opts: PhaseOptions,
): Promise<Map<ToolName, IdleResult>> {
  const instances: { tool: Tool; instance: Instance; probe: Probe }[] = [];
  try {
    for (const tool of tools) {
      const { instance } = await tool.cold(opts.idleCount);
      const probe = new Probe(table, instance);
      instances.push({ tool, instance, probe });
      await waitAllRunning(probe, opts.idleCount);
    }
    await sleep(opts.settleMs);
    const pids = await Promise.all(instances.map((i) => i.instance.daemonPid()));
    const rss = await medianRss(pids);
    const parts = pids.map(rssPartsKb);
    const views: (boolean | undefined)[] = [];
    for (const { instance, probe } of instances) {
      const own = await instance.ownView?.();
      views.push(own === undefined ? undefined : samePids(own, [...probe.running().keys()]));
    }
    await sleep(1000); // the list commands above are not part of the idle window
    const t0 = nowNs();
    const cpu = await cpuPercent(pids, opts.idleMs);
    console.log(`  idle window: ${(msBetween(t0, nowNs()) / 1000).toFixed(1)} s`);
    const rssAfter = await medianRss(pids);
    return new Map(
      instances.map(({ tool }, i) => [
        tool.name,
        {
          daemonRssKb: rss[i] ?? 0,
          daemonAnonKb: parts[i]?.anon ?? 0,
          daemonFileKb: parts[i]?.file ?? 0,
          daemonRssAfterKb: rssAfter[i] ?? 0,
          cpuPercent: cpu[i] ?? Number.NaN,
          ownViewAgrees: views[i],
        },
      ]),
    );
  } finally {
    for (const { instance } of instances.reverse()) await instance.stop();
  }
}

/** Median of 5 RSS samples of each pid, 250 ms apart. */
async function medianRss(pids: number[]): Promise<number[]> {
  const samples: number[][] = pids.map(() => []);
  for (let s = 0; s < 5; s++) {
    for (const [i, pid] of pids.entries()) samples[i]?.push(rssKb(pid));
    await sleep(250);
  }
  return samples.map((list) => list.sort((a, b) => a - b)[2] ?? 0);
}
