// One fleet size of the ingest benchmark, on a fresh controller and data dir (so RSS,
// connect time and event counts belong to this N alone):
//   1. register N devices (fixture), start `mctl controller up`, connect the live-feed probe;
//   2. cold connect: the simulators connect every device quietly (CONNECT + SUBSCRIBE, no
//      telemetry) against an empty verify cache — one scrypt per device, timed;
//   3. announce: every device says what a daemon says on connect (presence, 10 workload
//      states, status, heartbeat), paced at `announceRate` devices/s (0: all at once, like a
//      fleet-wide reconnect); wait until the controller has ingested all of it;
//   4. steady state for `duration` s: heartbeats + churn; status→live-feed latency, controller
//      CPU/RSS from /proc, event-loop lag from /metrics, simulator CPU;
//   5. quiesce (churn off, everything acknowledged), then the loss check;
//   6. if the budget allows, restart the controller, time the fleet's reconnect and check
//      for loss again (restart-check.ts).
// With `broker: 'mosquitto'` the step runs the same phases against Debian's Mosquitto
// (mosquitto-broker.ts): the controller is its client (controller.yaml `broker.url`), the
// devices are users in its password file instead of the registry, and Mosquitto's own CPU
// and RSS are sampled beside the controller's.
// Every wait has a deadline; every process is stopped at the end, also on failure.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generatePassword } from '../../../controller/registry/password-hash.ts';
import { simDeviceName } from '../options.ts';
import { probeCommands } from './command-probe.ts';
import { waitIngestedAll } from './controller-drain.ts';
import { ControllerProcess, controllerSetup, useExternalBroker } from './controller-process.ts';
import { hotFunctions } from './cpu-profile.ts';
import { LiveProbe } from './live-probe.ts';
import { checkLoss } from './loss-check.ts';
import { type RunningMosquitto, startFleetMosquitto } from './mosquitto-broker.ts';
import { ProcUsage } from './proc-usage.ts';
import { registerFixture } from './registry-fixture.ts';
import { restartAndCheck } from './restart-check.ts';
import { type GroupTotals, SimGroup, sleep, sum } from './sim-group.ts';
import { type BrokerKind, StepRecorder, type StepResult } from './step-result.ts';

export interface StepSettings {
  devices: number;
  durationS: number;
  heartbeatS: number;
  workloads: number;
  churnState: number;
  churnReconnect: number;
  staleAfterS: number;
  perProcess: number;
  /** Devices per second announcing themselves after the cold connect (0: all at once). */
  announceRate: number;
  /** Cold connect must finish by then (ms since epoch), or the step fails. */
  connectDeadline: number;
  /** Restart the controller after the check when the budget allows it (ms it may take). */
  restartBudgetMs: number;
  /** controller.yaml device_password_hash, and the fixture's hash format. */
  passwordHash: 'scrypt' | 'sha256';
  /** Command round trips to time during the steady window (0: none). */
  commands: number;
  /** The fleet's broker: embedded in the controller (default) or Mosquitto beside it. */
  broker?: BrokerKind;
  /** Fleet-wide CONNECTs per second of the cold connect (default 450). */
  connectRate?: number;
  /** Profile the controller (node --cpu-prof) into this directory. */
  profileDir?: string;
  /** Where the controller's log goes (kept after the step, unlike its data dir). */
  logFile: string;
  log: (message: string) => void;
}

const ABSORB_TIMEOUT_MS = 180_000;
const QUIESCE_TIMEOUT_MS = 60_000;
/** Below the embedded broker's admission limit (500 new connections/s). */
const CONNECT_RATE = 450;

export async function runStep(s: StepSettings): Promise<StepResult> {
  const n = s.devices;
  const kind = s.broker ?? 'embedded';
  const rec = new StepRecorder(n, kind);
  const dir = mkdtempSync(join(tmpdir(), `mc-bench-ingest-${n}-`));
  let mosquitto: RunningMosquitto | undefined;
  let controller: ControllerProcess | undefined;
  let probe: LiveProbe | undefined;
  let group: SimGroup | undefined;
  try {
    const setup = await controllerSetup(dir, s.staleAfterS, s.logFile, s.profileDir, s.passwordHash);
    const names = Array.from({ length: n }, (_, i) => simDeviceName('sim-', i));
    let password: string;
    if (kind === 'mosquitto') {
      // One password for the fleet, as the registry fixture does; mosquitto_passwd still
      // hashes every line (its own salt), and Mosquitto checks it at every CONNECT.
      password = generatePassword();
      const users = names.map((name) => ({ name, password }));
      users.push({ name: 'operator', password: setup.token });
      mosquitto = await startFleetMosquitto(join(dir, 'mosquitto'), users, 'operator');
      rec.brokerProcess(mosquitto);
      s.log(
        `${n}: mosquitto: ${users.length} users hashed by mosquitto_passwd in ${rec.result.broker.provision_ms} ms, listening after ${rec.result.broker.start_ms} ms`,
      );
      useExternalBroker(setup, mosquitto.url);
    } else {
      password = (await registerFixture(join(setup.dataDir, 'registry'), names, s.passwordHash)).password;
    }
    const passwordFile = join(dir, 'device-password');
    writeFileSync(passwordFile, `${password}\n`, { mode: 0o600 });
    controller = await ControllerProcess.start(setup);
    const usage = new ProcUsage(controller.pid);
    const brokerUsage = mosquitto ? new ProcUsage(mosquitto.pid) : undefined;
    await controller.metrics(); // the first scrape starts the controller's event-loop sampler
    probe = await LiveProbe.connect(controller.httpUrl, setup.token);
    const ctl = controller;
    const sample = () => {
      rec.controllerSample(usage.sample());
      if (brokerUsage) rec.brokerSample(brokerUsage.sample());
    };

    s.log(
      kind === 'mosquitto'
        ? `${n}: cold connect of ${n} devices to mosquitto (PBKDF2 password check per device)`
        : `${n}: cold connect of ${n} devices (${s.passwordHash} password check per device, empty verify cache)`,
    );
    group = new SimGroup({
      broker: controller.mqttUrl,
      devices: n,
      perProcess: s.perProcess,
      passwordFile,
      workloads: s.workloads,
      heartbeatS: s.heartbeatS,
      churnState: s.churnState,
      churnReconnect: s.churnReconnect,
      // Below the broker's admission limit (500 new connections/s); the window keeps the
      // queue of CONNECTs waiting for scrypt short enough for the 60 s CONNACK timeout.
      connectRate: s.connectRate ?? CONNECT_RATE,
      connectWindow: 128,
      quiet: true,
      reportS: 5,
    });
    const all = group;
    const connected = await all.waitFor(
      (t) => t.connected >= n,
      Math.max(0, s.connectDeadline - Date.now()),
      sample,
    );
    const afterConnect = sum(await all.reports());
    rec.connect(afterConnect, connected);
    if (!connected)
      return rec.fail(`cold connect unfinished: ${afterConnect.connected}/${n} by the deadline`);

    s.log(
      `${n}: connected in ${rec.result.connect_s} s; announcing (${s.announceRate > 0 ? `${s.announceRate} devices/s` : 'all at once'})`,
    );
    const activatedAt = Date.now();
    // Churn starts once the announce burst is absorbed: the window measures the steady state
    // (the restart check below is where churn meets a reconnect storm).
    all.send({ cmd: 'churn', on: false });
    all.activate(s.announceRate);
    rec.startAbsorb();
    const paced = s.announceRate > 0 ? (n / s.announceRate) * 1000 : 0;
    const absorbed = await waitIngestedAll(all, ctl, ABSORB_TIMEOUT_MS + paced, sample);
    rec.absorb((Date.now() - activatedAt) / 1000, absorbed.ok);
    if (!absorbed.ok) {
      return rec.fail(`the controller was still ${absorbed.behind} messages behind after the announce burst`);
    }

    all.send({ cmd: 'churn', on: true });
    await sleep(5000);
    const m0 = await ctl.metrics();
    const before = sum(await all.reports());
    s.log(`${n}: steady state for ${s.durationS} s`);
    probe.startWindow();
    usage.reset();
    rec.startWindow();
    rec.scrape(m0);
    const end = Date.now() + s.durationS * 1000;
    // Commands from the second half of the window on, one at a time, while the fleet churns.
    const commands =
      s.commands > 0
        ? sleep((s.durationS * 1000) / 2).then(() =>
            probeCommands({
              mqttUrl: ctl.mqttUrl,
              token: setup.token,
              devices: names,
              count: s.commands,
              until: end,
            }),
          )
        : Promise.resolve(null);
    let nextScrape = Date.now() + 10_000;
    while (Date.now() < end) {
      await sleep(1000);
      sample();
      if (Date.now() >= nextScrape) {
        rec.scrape(await ctl.metrics());
        nextScrape += 10_000;
      }
    }
    rec.result.command = await commands.catch((err: unknown) => {
      rec.note(`command probe failed: ${err instanceof Error ? err.message : String(err)}`);
      return null;
    });
    rec.scrape(await ctl.metrics());
    rec.window(probe.endWindow(), s.durationS);
    rec.sims(all.sims);

    s.log(`${n}: quiesce and loss check`);
    all.send({ cmd: 'churn', on: false });
    const quiet = await all.waitFor(
      (t: GroupTotals) => t.connected >= n && t.inflight === 0 && t.pendingEvents === 0,
      QUIESCE_TIMEOUT_MS,
      sample,
    );
    if (!quiet) rec.note('the fleet did not settle (connected, all acknowledged) within 60 s');
    const caughtUp = await waitIngestedAll(all, ctl, QUIESCE_TIMEOUT_MS, sample);
    if (!caughtUp.ok) rec.note(`the controller was still ${caughtUp.behind} messages behind at the check`);
    await sleep(1000);
    const after = sum(await all.reports());
    rec.offered(before, after, m0, await ctl.metrics());
    rec.loss(await checkLoss(await all.dumps(), ctl, probe));

    // Not with --profile: the profile should show the steady state, not a reconnect storm.
    if (
      rec.held &&
      !s.profileDir &&
      s.restartBudgetMs >= (rec.result.connect_s ?? Number.POSITIVE_INFINITY) * 1500
    ) {
      s.log(`${n}: restarting the controller; timing the fleet's reconnect`);
      probe.close();
      probe = undefined;
      const restarted = await restartAndCheck(ctl, setup, all, n, s.restartBudgetMs, n / s.heartbeatS);
      controller = restarted.controller;
      rec.restart(restarted.outcome);
    }
    if (s.profileDir) {
      await controller.stop(); // V8 writes the profile at exit
      rec.profile(hotFunctions(s.profileDir));
    }
    return rec.finish();
  } catch (err) {
    return rec.fail(err instanceof Error ? err.message : String(err));
  } finally {
    probe?.close();
    await group?.stop().catch(() => {});
    await controller?.stop().catch(() => {});
    await mosquitto?.stop().catch(() => {});
    rmSync(dir, { recursive: true, force: true });
  }
}
