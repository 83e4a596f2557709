// Caps how many scrypt computations run at once. scrypt runs on libuv's thread pool (4
// threads by default), which the broker's LevelDB store and file I/O share: a fleet
// reconnecting at once would otherwise fill every thread with 60 ms hashes and stall
// persistence behind them. Two at a time already keeps both cores of a small controller
// busy; the rest wait here, in order, without holding a thread.
import { McError } from '../../proto/errors.ts';

export type HashLimiter = <T>(task: () => Promise<T>) => Promise<T>;

export function createHashLimiter(concurrency: number): HashLimiter {
  if (!Number.isInteger(concurrency) || concurrency < 1) {
    throw new McError('MC_ERR_CONFIG', `hash concurrency must be a positive integer, got ${concurrency}`);
  }
  let running = 0;
  const waiting: Array<() => void> = [];
  const release = () => {
    running -= 1;
    const next = waiting.shift();
    if (next) {
      running += 1;
      next();
    }
  };
  const acquire = (): Promise<void> => {
    if (running < concurrency) {
      running += 1;
      return Promise.resolve();
    }
    // release() hands its slot over directly, so `running` stays counted for the waiter.
    return new Promise<void>((resolve) => waiting.push(resolve));
  };
  return (task) => acquire().then(task).finally(release);
}
