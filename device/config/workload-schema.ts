// The schema of one workload YAML file: the single source of the WorkloadSpec type, its
// defaults and its documentation (docs/configuration.md is written from these descriptions).
import { z } from 'zod';
import { NAME_PATTERN } from '../../proto/topics.ts';
import { cronProblem } from './cron.ts';

export const WORKLOAD_TYPES = ['agent', 'script', 'service'] as const;
export const RUNTIMES = ['process', 'container'] as const;
export const RUN_MODES = ['forever', 'n_times', 'schedule'] as const;

const seconds = (what: string) => z.number().positive().describe(`${what}, in seconds (fractions allowed)`);

export const RestartPolicySchema = z
  .strictObject({
    factor: z.number().min(1).default(2).describe('Each consecutive failure multiplies the delay by this'),
    max_delay: seconds('Upper bound of the backoff delay').default(300),
    reset_after: seconds('A run that lasts this long resets the backoff to restart_delay').default(60),
  })
  .describe('Exponential backoff between restarts');

export const CrashLoopSchema = z
  .strictObject({
    max_failures: z
      .number()
      .int()
      .min(1)
      .default(5)
      .describe('Failures within `window` that put the workload in `backoff`'),
    window: seconds('Window in which failures are counted').default(60),
    cooldown: seconds('Time in `backoff` before the workload is started again by itself').default(300),
  })
  .describe('Crash-loop detection: the workload rests, then recovers by itself');

export const LogRotationSchema = z
  .strictObject({
    max_bytes: z
      .number()
      .int()
      .min(1024)
      .default(1024 * 1024)
      .describe('Size at which the log file is rotated'),
    max_files: z.number().int().min(1).max(100).default(5).describe('Rotated files kept (log.1 … log.N)'),
  })
  .describe('Size-based log rotation; disk use is at most max_bytes × (max_files + 1)');

export const MountSchema = z
  .strictObject({
    source: z
      .string()
      .min(1)
      .refine((p) => !p.includes(':'), "may not contain ':'")
      .describe('Path on the device (relative to the config file directory)'),
    target: z
      .string()
      .startsWith('/', 'must be an absolute path')
      .refine((p) => !p.includes(':'), "may not contain ':'")
      .describe('Absolute path inside the container'),
    read_only: z.boolean().default(false).describe('Mount read-only'),
  })
  .describe('A bind mount into the container');

export const WorkloadSpecSchema = z
  .strictObject({
    name: z
      .string()
      .regex(NAME_PATTERN, 'must match [a-z0-9][a-z0-9_-]{0,62}')
      .describe('Unique workload name'),
    type: z.enum(WORKLOAD_TYPES).describe('agent: periodic job; script: batch run; service: long-running'),
    run_mode: z.enum(RUN_MODES).describe('forever: always restarted; n_times: max_runs runs; schedule: cron'),
    schedule: z
      .string()
      .superRefine((expression, ctx) => {
        const problem = cronProblem(expression);
        if (problem !== null) ctx.addIssue({ code: 'custom', message: problem });
      })
      .optional()
      .describe(
        'Cron expression for run_mode schedule: 5 fields (min hour day-of-month month day-of-week), or 6 with seconds first',
      ),
    max_runs: z.number().int().min(1).optional().describe('Number of runs for run_mode n_times'),
    command: z
      .union([z.string().min(1), z.array(z.string()).min(1)])
      .optional()
      .describe('Program to run: an argv array, or a string run by /bin/sh -c'),
    module: z
      .string()
      .min(1)
      .optional()
      .describe('JS/TS module (path relative to the config file) to run instead of command'),
    entry_point: z.string().min(1).default('run').describe('Export of `module` called with `params`'),
    params: z
      .record(z.string(), z.unknown())
      .default({})
      .describe('Passed to the module, and as JSON in MC_PARAMS'),
    env: z.record(z.string(), z.string()).default({}).describe('Extra environment variables'),
    cwd: z.string().optional().describe('Working directory (default: the config file directory)'),
    timeout: seconds('A run that exceeds this is killed and recorded as failed (reason timeout)').optional(),
    restart_delay: z.number().min(0).default(1).describe('Delay before a restart, in seconds'),
    restart_backoff: RestartPolicySchema.default(RestartPolicySchema.parse({})),
    crash_loop: CrashLoopSchema.default(CrashLoopSchema.parse({})),
    stop_timeout: seconds('Grace period after SIGTERM before SIGKILL').default(10),
    memory_limit_mb: z
      .number()
      .int()
      .min(1)
      .optional()
      .describe(
        "RLIMIT_AS of the process, and the RSS watchdog limit (runtime container: the engine's --memory)",
      ),
    memory_action: z
      .enum(['warn', 'restart'])
      .default('warn')
      .describe('At 100% of memory_limit_mb RSS: warn only, or restart the workload'),
    cpu_nice: z.number().int().min(-20).max(19).optional().describe('Scheduling priority of the process'),
    tags: z.array(z.string().regex(NAME_PATTERN)).default([]).describe('Labels for selection'),
    version: z.string().default('').describe('Version of the workload code, reported in status'),
    autostart: z.boolean().default(true).describe('Start when the daemon starts (schedule: arm the timer)'),
    logs: LogRotationSchema.optional().describe('Overrides the daemon-wide log rotation for this workload'),
    runtime: z
      .enum(RUNTIMES)
      .default('process')
      .describe(
        'process: run command directly; container: run it in a container through the podman or docker CLI found on the device',
      ),
    image: z
      .string()
      .regex(/^[A-Za-z0-9][A-Za-z0-9._/:@-]{0,254}$/, 'must be an image reference (e.g. alpine:3.20)')
      .optional()
      .describe('runtime container: image name, as `podman run` / `docker run` take it'),
    rootfs: z
      .string()
      .min(1)
      .optional()
      .describe(
        'runtime container: a root file system directory on the device (relative to the config file), instead of image (podman only)',
      ),
    cpu_limit: z
      .number()
      .positive()
      .max(1024)
      .optional()
      .describe('runtime container: CPUs the container may use (e.g. 0.5)'),
    mounts: z.array(MountSchema).default([]).describe('runtime container: bind mounts'),
  })
  .superRefine(
    (spec, ctx) => {
      // Also runs when other fields failed (see `when`), so `spec` may hold raw input here:
      // only presence and enum membership are tested, never the shape of a value.
      const knownMode = (RUN_MODES as readonly unknown[]).includes(spec.run_mode);
      const container = spec.runtime === 'container';
      // A container image brings its own default command; a bare rootfs does not.
      if (
        spec.command === undefined &&
        spec.module === undefined &&
        !(container && spec.image !== undefined)
      ) {
        ctx.addIssue({
          code: 'custom',
          path: ['command'],
          message: container ? 'required with rootfs' : 'either command or module is required',
        });
      }
      if (container) {
        if (spec.image === undefined && spec.rootfs === undefined) {
          ctx.addIssue({
            code: 'custom',
            path: ['image'],
            message: 'runtime container needs image or rootfs',
          });
        }
        if (spec.image !== undefined && spec.rootfs !== undefined) {
          ctx.addIssue({
            code: 'custom',
            path: ['rootfs'],
            message: 'image and rootfs are mutually exclusive',
          });
        }
        if (spec.module !== undefined) {
          ctx.addIssue({ code: 'custom', path: ['module'], message: 'not available with runtime container' });
        }
      } else {
        for (const key of ['image', 'rootfs', 'cpu_limit'] as const) {
          if (spec[key] !== undefined) {
            ctx.addIssue({ code: 'custom', path: [key], message: 'only used with runtime: container' });
          }
        }
        if (Array.isArray(spec.mounts) && spec.mounts.length > 0) {
          ctx.addIssue({ code: 'custom', path: ['mounts'], message: 'only used with runtime: container' });
        }
      }
      if (spec.command !== undefined && spec.module !== undefined) {
        ctx.addIssue({
          code: 'custom',
          path: ['module'],
          message: 'command and module are mutually exclusive',
        });
      }
      if (spec.run_mode === 'schedule' && spec.schedule === undefined) {
        ctx.addIssue({ code: 'custom', path: ['schedule'], message: 'required when run_mode is schedule' });
      }
      if (knownMode && spec.run_mode !== 'schedule' && spec.schedule !== undefined) {
        ctx.addIssue({
          code: 'custom',
          path: ['schedule'],
          message: 'only allowed when run_mode is schedule',
        });
      }
      if (spec.run_mode === 'n_times' && spec.max_runs === undefined) {
        ctx.addIssue({ code: 'custom', path: ['max_runs'], message: 'required when run_mode is n_times' });
      }
      if (knownMode && spec.run_mode !== 'n_times' && spec.max_runs !== undefined) {
        ctx.addIssue({
          code: 'custom',
          path: ['max_runs'],
          message: 'only allowed when run_mode is n_times',
        });
      }
      if (spec.module === undefined && spec.entry_point !== undefined && spec.entry_point !== 'run') {
        ctx.addIssue({ code: 'custom', path: ['entry_point'], message: 'only used with module' });
      }
    },
    // Report these together with field errors, so one `mctl validate` shows every problem.
    {
      when: (payload) =>
        typeof payload.value === 'object' && payload.value !== null && !Array.isArray(payload.value),
    },
  );

export type WorkloadSpec = z.infer<typeof WorkloadSpecSchema>;
export type WorkloadSpecInput = z.input<typeof WorkloadSpecSchema>;

/** A validated workload together with where it came from (relative paths resolve against `dir`). */
export interface LoadedWorkload {
  spec: WorkloadSpec;
  /** Absolute path of the YAML file. */
  file: string;
  /** Absolute directory of the YAML file: base of relative `module` and `cwd`. */
  dir: string;
}
