// Long-running commands (broker up, demo, sub) resolve when the process is asked to stop.
/** Resolves with the signal name at the first SIGINT or SIGTERM; later signals are ignored. */
export function waitForShutdown(
  signals: readonly NodeJS.Signals[] = ['SIGINT', 'SIGTERM'],
): Promise<NodeJS.Signals> {
  return new Promise((resolve) => {
    const onSignal = (signal: NodeJS.Signals) => {
      for (const s of signals) process.removeListener(s, onSignal);
      // A second Ctrl-C during a slow shutdown should not kill us half-way: swallow it.
      for (const s of signals) process.on(s, () => {});
      resolve(signal);
    };
    for (const s of signals) process.on(s, onSignal);
  });
}
