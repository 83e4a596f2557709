// A task as an operator submits it, for the task queue's tests and fixtures: `argv: ['true']`,
// placed on any device (least loaded, 4 per device), no retries unless given.
import type { TaskCommand, TaskSpec } from '../../controller/tasks/types.ts';

export function taskSpec(
  over: Partial<Omit<TaskSpec, 'command'>> & { command?: Partial<TaskCommand> } = {},
): TaskSpec {
  const { command, ...rest } = over;
  return {
    name: '',
    priority: 0,
    placement: { device: null, tags: [], strategy: 'least_loaded', max_parallel_per_device: 4 },
    retries: 0,
    retry_failed: false,
    ...rest,
    command: {
      argv: ['true'],
      script: '',
      interpreter: '',
      env: {},
      cwd: '',
      timeout_s: 0,
      memory_limit_mb: 0,
      cpu_nice: 0,
      ...command,
    },
  };
}
