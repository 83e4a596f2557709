// Body of the worker thread that loads and validates the daemon's config
// (device/config/isolated-load.ts): it runs loadActiveConfig once, posts the result or the
// error, and ends, taking the YAML parser, the zod schemas and the loader with it.
import { parentPort, workerData } from 'node:worker_threads';
import { McError } from '../../proto/errors.ts';
import { loadActiveConfig } from '../release/active-config.ts';
import type { IsolatedLoadReply, IsolatedLoadRequest } from './isolated-load.ts';

const { configDir, dataDir } = workerData as IsolatedLoadRequest;
let reply: IsolatedLoadReply;
try {
  reply = { config: await loadActiveConfig(configDir, (daemon) => dataDir ?? daemon.data_dir) };
} catch (err) {
  reply =
    err instanceof McError
      ? { error: { code: err.code, message: err.message, details: err.details } }
      : { error: { message: err instanceof Error ? err.message : String(err) } };
}
parentPort?.postMessage(reply);
