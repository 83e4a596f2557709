// The controller restart an operator will do one day, timed with the whole fleet attached:
// SIGTERM the controller, start it again on the same data dir and ports, and wait until the
// broker has every device back (sessions present, so no SUBSCRIBE; an empty verify cache, so
// one scrypt per device) and the store shows them online. Churn keeps running during the
// reconnect storm, as it would; then the fleet is quiesced and the loss check runs again
// against a fresh live-feed snapshot once the controller's backlog has drained — a storm is
// where ordering problems show.

import { waitDrained } from './controller-drain.ts';
import { ControllerProcess, type ControllerSetup } from './controller-process.ts';
import { LiveProbe } from './live-probe.ts';
import { checkLoss, type LossReport } from './loss-check.ts';
import { type SimGroup, sleep } from './sim-group.ts';

export interface RestartOutcome {
  reconnect_s: number;
  all_back: boolean;
  online_api: number;
  /** The controller's backlog after the restart drained before the loss check. */
  drained: boolean;
  loss: LossReport | null;
  /** The live feed's snapshot frame after the restart (every device in one frame). */
  snapshot_bytes: number | null;
}

/** Resolves with the new controller (the caller stops it) and what was measured. */
export async function restartAndCheck(
  old: ControllerProcess,
  setup: ControllerSetup,
  group: SimGroup,
  devices: number,
  budgetMs: number,
  /** Heartbeats per second of the quiet fleet: the ingest rate once the backlog is gone. */
  quietRate: number,
): Promise<{ controller: ControllerProcess; outcome: RestartOutcome }> {
  await old.stop();
  const restartedAt = Date.now();
  const deadline = restartedAt + budgetMs;
  const controller = await ControllerProcess.start(setup);
  const back = await group.waitFor((t) => t.connected >= devices, Math.max(0, deadline - Date.now()));
  // Connected is the broker's view; the store has a device online once its presence is in.
  let online = 0;
  while (back && Date.now() < deadline) {
    online = (await controller.getJson<unknown[]>('/api/fleet/clients?health=online')).length;
    if (online >= devices) break;
    await sleep(500);
  }
  const outcome: RestartOutcome = {
    reconnect_s: Math.round((Date.now() - restartedAt) / 100) / 10,
    all_back: back && online >= devices,
    online_api: online,
    drained: false,
    loss: null,
    snapshot_bytes: null,
  };
  if (!outcome.all_back) return { controller, outcome };
  group.send({ cmd: 'churn', on: false });
  await group.waitFor((t) => t.connected >= devices && t.inflight === 0 && t.pendingEvents === 0, 60_000);
  // The restarted controller replays every retained message, then the reconnect announces:
  // wait for that backlog to drain before judging.
  outcome.drained = await waitDrained(controller, quietRate, Math.max(30_000, deadline - Date.now()));
  const probe = await LiveProbe.connect(controller.httpUrl, setup.token, 120_000);
  outcome.snapshot_bytes = probe.snapshotBytes;
  try {
    outcome.loss = await checkLoss(await group.dumps(), controller, probe);
  } finally {
    probe.close();
  }
  return { controller, outcome };
}
