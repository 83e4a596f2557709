// When has the controller caught up? Not when the broker has acknowledged every publish:
// PUBACK means the broker has the message, and QoS 1 retained messages then wait for their
// LevelDB write before they reach the controller's subscription, while QoS 0 heartbeats
// overtake them. After 10,000 devices announce themselves the controller is ~100,000
// messages behind for half a minute, although every device already looks online (by its
// heartbeat). So the scenario waits on the controller's own ingest counter (/metrics).
import type { ControllerProcess } from './controller-process.ts';
import { type GroupTotals, type SimGroup, sleep, sum } from './sim-group.ts';

const INGESTED = 'mc_messages_ingested_total';

/**
 * Until every device has announced itself, the controller has ingested at least everything
 * the simulators published (and the wills the broker published for them) and nothing is
 * unacknowledged. For a controller that
 * started before the fleet connected, so its count holds no retained replays.
 */
export async function waitIngestedAll(
  group: SimGroup,
  controller: ControllerProcess,
  timeoutMs: number,
  onPoll?: () => void,
): Promise<{ ok: boolean; behind: number }> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const totals: GroupTotals = sum(await group.reports());
    const ingested = (await controller.metrics()).get(INGESTED) ?? 0;
    onPoll?.();
    const behind = totals.telemetry + totals.wills - ingested;
    const settled = totals.announced >= totals.devices && totals.inflight === 0 && totals.pendingEvents === 0;
    if (settled && behind <= 0) return { ok: true, behind };
    if (Date.now() > deadline) return { ok: false, behind };
    await sleep(1000);
  }
}

/**
 * Until the ingest rate has fallen to the heartbeat rate of a quiet fleet (`quietRate`
 * messages/s) for three seconds in a row: the backlog is gone. Used after a restart, where
 * the count of retained replays makes an exact expected total impractical.
 */
export async function waitDrained(
  controller: ControllerProcess,
  quietRate: number,
  timeoutMs: number,
): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  let last = (await controller.metrics()).get(INGESTED) ?? 0;
  let lastAt = Date.now();
  let calm = 0;
  while (Date.now() < deadline) {
    await sleep(1000);
    const now = (await controller.metrics()).get(INGESTED) ?? 0;
    const rate = ((now - last) * 1000) / Math.max(1, Date.now() - lastAt);
    last = now;
    lastAt = Date.now();
    calm = rate <= quietRate * 1.5 + 20 ? calm + 1 : 0;
    if (calm >= 3) return true;
  }
  return false;
}
