// Loads and validates the daemon's config (device/release/active-config.ts) in a worker
// thread that ends when it has answered. The YAML parser, the zod schemas and the loader
// then never enter the daemon's own heap: every module a process loads stays for its
// lifetime, and these were ~4-6 MB of an idle daemon's ~60 (docs/benchmarks.md, device),
// used only at start-up and on reload. Cost: a worker start (~30 ms) per load.
import { Worker } from 'node:worker_threads';
import type { Logger } from 'pino';
import { type ErrorCode, McError } from '../../proto/errors.ts';
import type { ActiveConfig } from '../release/active-config.ts';
import { deepFreeze } from './freeze.ts';

export interface IsolatedLoadRequest {
  configDir: string;
  /** --data-dir override (absolute); else daemon.yaml's data_dir. */
  dataDir: string | undefined;
}

export type IsolatedLoadReply =
  | { config: ActiveConfig }
  | { error: { code?: ErrorCode; message: string; details?: unknown } };

// Sources (.ts, through tsx) or the bundle: the worker file sits beside this module's code.
const WORKER = import.meta.url.endsWith('.ts')
  ? new URL('./config-worker-tsx.mjs', import.meta.url)
  : new URL('./config-worker.js', import.meta.url);

function inWorker(request: IsolatedLoadRequest): Promise<IsolatedLoadReply> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER, { workerData: request });
    let answered = false;
    worker.once('message', (reply: IsolatedLoadReply) => {
      answered = true;
      resolve(reply);
      void worker.terminate();
    });
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (!answered) reject(new Error(`the config worker exited with ${code} without an answer`));
    });
  });
}

/**
 * loadActiveConfig in a worker thread: the same result or the same McError. If no worker
 * can be started, loads in this thread.
 */
export async function loadActiveConfigIsolated(
  request: IsolatedLoadRequest,
  logger: Logger,
): Promise<ActiveConfig> {
  let reply: IsolatedLoadReply;
  try {
    reply = await inWorker(request);
  } catch (err) {
    logger.warn({ err }, 'config worker failed; loading the config in the daemon thread');
    const { loadActiveConfig } = await import('../release/active-config.ts');
    return loadActiveConfig(request.configDir, (daemon) => request.dataDir ?? daemon.data_dir);
  }
  if ('config' in reply) {
    // Frozen as loadActiveConfig froze them: structured cloning drops the freeze.
    deepFreeze(reply.config.daemon);
    for (const workload of reply.config.workloads) deepFreeze(workload);
    return reply.config;
  }
  const { code, message, details } = reply.error;
  throw code ? new McError(code, message, { details }) : new Error(message);
}
