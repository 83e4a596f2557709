// `npm run bench -- device`: our device daemon vs PM2 vs a bare spawn loop (the floor),
// side by side in one run: time to start 50 workloads, SIGKILL → replacement, and the
// supervising process's RSS and idle CPU. How each number is taken: docs/benchmarks.md.
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import { Cleanup } from '../device/cleanup.ts';
import { busyBefore, MachineLoad } from '../device/machine-load.ts';
import { coldRep, idlePhase, type PhaseOptions, warmRep } from '../device/phases.ts';
import { ensurePm2 } from '../device/pm2-install.ts';
import { ProcessTable } from '../device/proc-scan.ts';
import { metricDefs, oursDiagnostics, summarize, type ToolRaw, tableRows } from '../device/report.ts';
import { FloorTool } from '../device/tools/floor.ts';
import { OursTool } from '../device/tools/ours.ts';
import { Pm2Tool } from '../device/tools/pm2.ts';
import { type Tool, ToolContext, type ToolName } from '../device/tools/types.ts';
import { printTable, round, writeResult } from '../stats.ts';

export const description =
  'our daemon vs PM2 vs a bare spawn loop: start 50, crash → restart, daemon RSS/CPU';

/** Share of all CPUs busy (other people's work) above which the numbers get noisy. */
const QUIET_PCT = 15;

const USAGE = `options:
  --reps N        repetitions of the start and crash measurements (3)
  --kills N       SIGKILLs per repetition (20)
  --count N       workloads started (50)
  --idle-count N  workloads during the RSS/idle CPU window (20)
  --idle S        idle CPU window, seconds (30)
  --settle S      wait before reading RSS, seconds (5)
  --tools LIST    comma-separated subset of ours,pm2,floor (all)
  --wait-quiet S  first wait up to S seconds for the machine to be < 15% busy (0)`;

function options(args: string[]): PhaseOptions & { reps: number; waitQuietMs: number; tools: ToolName[] } {
  const { values } = parseArgs({
    args,
    options: {
      reps: { type: 'string', default: '3' },
      kills: { type: 'string', default: '20' },
      count: { type: 'string', default: '50' },
      'idle-count': { type: 'string', default: '20' },
      idle: { type: 'string', default: '30' },
      settle: { type: 'string', default: '5' },
      tools: { type: 'string', default: 'ours,pm2,floor' },
      'wait-quiet': { type: 'string', default: '0' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const tools = values.tools.split(',').filter((t): t is ToolName => ['ours', 'pm2', 'floor'].includes(t));
  return {
    reps: Number(values.reps),
    kills: Number(values.kills),
    count: Number(values.count),
    idleCount: Number(values['idle-count']),
    idleMs: Number(values.idle) * 1000,
    settleMs: Number(values.settle) * 1000,
    gapMs: 150,
    waitQuietMs: Number(values['wait-quiet']) * 1000,
    tools,
  };
}

/** The commit measured, and whether the daemon's code had uncommitted changes. */
function gitState(): { commit: string; uncommitted: string[] } {
  // trimEnd: a porcelain line starts with its status columns (" M path"); trimming the start
  // cut the first path's first letter.
  const git = (...a: string[]): string => execFileSync('git', a, { encoding: 'utf8' }).trimEnd();
  try {
    const status = git('status', '--porcelain', '--', 'device', 'cli', 'bin', 'proto', 'package.json');
    return {
      commit: git('rev-parse', 'HEAD'),
      uncommitted: status ? status.split('\n').map((l) => l.slice(3)) : [],
    };
  } catch {
    return { commit: 'unknown', uncommitted: [] };
  }
}

export async function run(args: string[]): Promise<void> {
  const opts = options(args);
  const runId = `dev${randomBytes(5).toString('hex')}`;
  const table = new ProcessTable(runId);
  const cleanup = new Cleanup(table);
  cleanup.installSignalHandlers();
  const waitFrom = Date.now();
  // Other work on the machine skews every number here: say so before, and record it.
  let busy = await busyBefore(2000);
  for (const until = Date.now() + opts.waitQuietMs; busy > QUIET_PCT && Date.now() < until; ) {
    console.log(`machine ${busy.toFixed(0)}% busy; waiting for it to be quiet …`);
    busy = await busyBefore(2000);
  }
  if (busy > QUIET_PCT)
    console.warn(`warning: the machine is already ${busy.toFixed(0)}% busy; numbers will be noisy`);
  const load = new MachineLoad();
  const started = Date.now();
  try {
    const ctx = new ToolContext(runId, cleanup);
    const tools: Tool[] = opts.tools.map((name) =>
      name === 'ours'
        ? new OursTool(ctx)
        : name === 'pm2'
          ? new Pm2Tool(ctx, ensurePm2())
          : new FloorTool(ctx),
    );
    const raw = new Map<ToolName, ToolRaw>(
      tools.map((t) => [
        t.name,
        { tool: t.name, version: t.version, warmHow: t.warmHow, cold: [], warm: [] },
      ]),
    );
    // Repetitions interleave the tools, so a drift of the machine does not favour one of them.
    for (let rep = 1; rep <= opts.reps; rep++) {
      for (const tool of tools) {
        const r = await coldRep(tool, table, opts);
        raw.get(tool.name)?.cold.push(r);
        const crash = r.crash.samples.map((s) => s.toProcessMs.toFixed(1)).join(' ');
        console.log(
          `cold ${rep}/${opts.reps} ${tool.name.padEnd(5)} start ${r.fromSpawnMs.toFixed(0)} ms, rss ${(r.daemonRssKb / 1024).toFixed(1)} MB, crash→process ms: ${crash}${r.crash.failures.length ? ` FAILURES: ${r.crash.failures.join('; ')}` : ''}`,
        );
      }
    }
    for (let rep = 1; rep <= opts.reps; rep++) {
      for (const tool of tools) {
        const r = await warmRep(tool, table, opts);
        raw.get(tool.name)?.warm.push(r);
        console.log(`warm ${rep}/${opts.reps} ${tool.name.padEnd(5)} start ${r.fromRequestMs.toFixed(0)} ms`);
      }
    }
    console.log(`idle: ${opts.idleCount} workloads per tool, ${opts.idleMs / 1000} s window …`);
    const idle = await idlePhase(tools, table, opts);
    for (const [name, r] of idle) {
      const entry = raw.get(name);
      if (entry) entry.idle = r;
    }

    const defs = metricDefs(opts.count, opts.idleCount, opts.idleMs / 1000);
    const summaries = new Map([...raw].map(([name, r]) => [name, summarize(r)]));
    const rows = tableRows(defs, summaries);
    printTable(`device: ${opts.count} workloads, medians of ${opts.reps} repetitions`, rows);
    for (const t of tools) console.log(`  ${t.name}: ${t.version}; warm start = ${t.warmHow}`);
    const pollMs = [...raw.values()].flatMap((r) => r.cold.map((c) => c.crash.pollPeriodMs));
    console.log(
      `  crash detection: /proc scan on a 1 ms timer, mean period ≤ ${Math.max(...pollMs).toFixed(2)} ms`,
    );
    const oursRaw = raw.get('ours');
    const diagnostics = oursRaw ? oursDiagnostics(oursRaw) : undefined;
    if (diagnostics) console.log(`  ours, from its log (ms): ${JSON.stringify(diagnostics)}`);
    const machine = {
      waited_for_quiet_s: Math.round((started - waitFrom) / 1000),
      busy_before_pct: round(busy, 1),
      busy_during_pct: round(load.busyPercent(), 1),
      loadavg_start: load.loadAtStart,
      loadavg_end: load.loadNow(),
    };
    console.log(
      `  machine: ${machine.busy_during_pct}% of all CPUs busy during the run (bench included), ${machine.busy_before_pct}% before it`,
    );
    const file = writeResult('device', {
      command: `npm run bench -- device${args.length ? ` ${args.join(' ')}` : ''}`,
      git: gitState(),
      options: opts,
      duration_s: Math.round((Date.now() - started) / 1000),
      machine_load: machine,
      tools: Object.fromEntries(tools.map((t) => [t.name, { version: t.version, warm_start: t.warmHow }])),
      table: rows,
      summary: Object.fromEntries(summaries),
      ours_diagnostics: diagnostics,
      raw: Object.fromEntries(raw),
    });
    console.log(`\nresult: ${file} (${Math.round((Date.now() - started) / 1000)} s)`);
  } finally {
    await cleanup.run();
  }
}
