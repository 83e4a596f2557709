// Example service for configs/examples/ticker-service.yaml: logs a tick every
// params.interval_s seconds until it is told to stop. Idle between ticks, so it costs
// next to no CPU.
export function run(params = {}) {
  const intervalMs = Math.max(1, Number(params.interval_s ?? 5)) * 1000;
  let ticks = 0;
  console.log(`ticker: started, one tick every ${intervalMs / 1000}s`);
  return new Promise((resolve) => {
    const timer = setInterval(() => {
      ticks += 1;
      console.log(JSON.stringify({ tick: ticks, at: new Date().toISOString() }));
    }, intervalMs);
    // Stop cleanly on SIGTERM: the daemon waits stop_timeout before SIGKILL.
    process.once('SIGTERM', () => {
      clearInterval(timer);
      console.log(`ticker: stopping after ${ticks} ticks`);
      resolve({ ticks });
    });
  });
}
