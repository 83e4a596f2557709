// The device daemon (`mctl up`): loads the config, supervises the workloads, and serves
// commands on the local Unix socket (and, when configured, over the fleet broker), all
// through one command dispatcher. It keeps working with no network at all. With a fleet it
// also converges on its desired release (device/release/), whose workloads then replace
// those of --config-dir (device/release/active-config.ts).
import { randomUUID } from 'node:crypto';
import { EventEmitter } from 'node:events';
import { mkdirSync } from 'node:fs';
import { hostname } from 'node:os';
import { join, resolve } from 'node:path';
import { open, type RootDatabase } from 'lmdb';
import type { Logger } from 'pino';
import { VERSION } from '../cli/version.ts';
import type { MessageInput } from '../proto/codec.ts';
import { McError } from '../proto/errors.ts';
import { CommandEndpoint } from './command-endpoint.ts';
import { CommandLog } from './commands/command-log.ts';
import { CommandDispatcher, type CommandHandler, type CommandHandlers } from './commands/dispatcher.ts';
import { createHandlers } from './commands/handlers.ts';
import type { DaemonConfig } from './config/daemon-schema.ts';
import { loadActiveConfigIsolated } from './config/isolated-load.ts';
import type { FleetLink } from './fleet/fleet-link.ts';
import { statusMessage } from './fleet/status-message.ts';
import { SystemMetrics } from './health/system-metrics.ts';
import { LocalControl } from './local-control.ts';
import { LocalTelemetry } from './local-telemetry.ts';
import { LogFollower } from './log-follow.ts';
import { dropMqttNumberCache } from './mqtt-number-cache.ts';
import type { ActiveConfig } from './release/active-config.ts';
import type { ReleaseManager } from './release/release-manager.ts';
import { StateStore } from './state/state-store.ts';
import { type ContainerEngine, capabilitiesOf, detectContainerEngineOnce } from './supervisor/container.ts';
import type { ApplyResult } from './supervisor/supervisor.ts';
import { Supervisor } from './supervisor/supervisor.ts';
import { TaskManager } from './tasks/task-manager.ts';

// Before any MQTT packet is written by this process (local broker, fleet link).
dropMqttNumberCache();

export interface DaemonOptions {
  configDir: string;
  /** Command-line overrides of daemon.yaml. */
  dataDir?: string;
  socketPath?: string;
  logger: Logger;
}

export interface DaemonInfo {
  device: string;
  socketPath: string;
  dataDir: string;
  logDir: string;
  bootId: string;
  workloads: number;
}

interface Parts {
  config: DaemonConfig;
  store: StateStore;
  linkDb: RootDatabase;
  supervisor: Supervisor;
  tasks: TaskManager;
  engine: ContainerEngine | null;
  follower: LogFollower;
  local: LocalControl;
  telemetry: LocalTelemetry;
  endpoint: CommandEndpoint;
  metrics: SystemMetrics;
  fleet: FleetLink | undefined;
  releases: ReleaseManager | undefined;
}

/** The fleet link and the release manager, imported only when daemon.yaml has a fleet block. */
async function loadFleetModules() {
  const [link, manager, dirs, state] = await Promise.all([
    import('./fleet/fleet-link.ts'),
    import('./release/release-manager.ts'),
    import('./release/release-dirs.ts'),
    import('./release/release-state.ts'),
  ]);
  return {
    FleetLink: link.FleetLink,
    ReleaseManager: manager.ReleaseManager,
    ReleaseDirs: dirs.ReleaseDirs,
    ReleaseState: state.ReleaseState,
  };
}

/** Wraps every handler so it runs only once `ready` has resolved. */
function afterReady(handlers: CommandHandlers, ready: Promise<void>): CommandHandlers {
  const gated: CommandHandlers = {};
  for (const [action, handler] of Object.entries(handlers) as [keyof CommandHandlers, CommandHandler][]) {
    gated[action] = async (command, origin) => {
      await ready;
      return handler(command, origin);
    };
  }
  return gated;
}

export class DeviceDaemon extends EventEmitter<{ 'shutdown-requested': [] }> {
  readonly #opts: DaemonOptions;
  readonly #logger: Logger;
  readonly #bootId = randomUUID();
  #parts: Parts | undefined;
  #stopping: Promise<void> | undefined;

  constructor(opts: DaemonOptions) {
    super();
    this.#opts = opts;
    this.#logger = opts.logger.child({ component: 'daemon' });
  }

  /** Effective config: daemon.yaml with the command-line overrides applied. */
  #withOverrides(config: DaemonConfig): DaemonConfig {
    const { dataDir, socketPath } = this.#opts;
    if (!dataDir && !socketPath) return config;
    const data = dataDir ? resolve(dataDir) : config.data_dir;
    // log_dir follows an overridden data_dir unless daemon.yaml placed it elsewhere explicitly.
    const logDir =
      dataDir && config.log_dir === join(config.data_dir, 'logs') ? join(data, 'logs') : config.log_dir;
    return {
      ...config,
      data_dir: data,
      log_dir: logDir,
      socket_path: socketPath ? resolve(socketPath) : config.socket_path,
    };
  }

  /**
   * daemon.yaml from --config-dir; workloads from the active release, else from --config-dir.
   * Loaded in a worker thread, so the parser and schemas stay out of the daemon's memory.
   */
  #load(): Promise<ActiveConfig> {
    const { configDir, dataDir } = this.#opts;
    return loadActiveConfigIsolated(
      { configDir, dataDir: dataDir ? resolve(dataDir) : undefined },
      this.#logger,
    );
  }

  async start(): Promise<DaemonInfo> {
    if (this.#parts) return this.info();
    // Probing the container engine runs a program (`podman version`: ~0.1 s, more on a busy
    // device); it overlaps the loading of the config instead of delaying the first workload.
    const engineDetected = detectContainerEngineOnce();
    // If the config fails first, nobody awaits the probe: its failure must not go unhandled.
    engineDetected.catch(() => undefined);
    const loaded = await this.#load();
    const config = this.#withOverrides(loaded.daemon);
    const device = config.device_name;
    mkdirSync(config.data_dir, { recursive: true });
    mkdirSync(config.log_dir, { recursive: true });

    let markStarted: () => void = () => {};
    const supervisorStarted = new Promise<void>((resolve) => {
      markStarted = resolve;
    });
    const store = new StateStore({
      dataDir: config.data_dir,
      historyLimit: config.history_limit,
      logger: this.#logger,
    });
    await store.open();
    const linkDb = open({ path: join(config.data_dir, 'link'), maxDbs: 8 });
    // Detected once: the capability is reported in presence and status, and decides whether
    // container workloads and container task runs are accepted.
    const engine = await engineDetected;
    const capabilities = capabilitiesOf(engine);
    const tasks = new TaskManager({ dataDir: config.data_dir, logger: this.#logger, engine });
    const supervisor = new Supervisor({
      logger: this.#logger,
      store,
      logDir: config.log_dir,
      defaults: { logs: config.logs, containerEngine: engine },
    });
    const follower = new LogFollower({ logger: this.#logger });
    const metrics = new SystemMetrics({ diskPath: config.data_dir });
    const dispatcher = new CommandDispatcher({
      device,
      memory: new CommandLog(linkDb),
      logger: this.#logger.child({ component: 'commands' }),
      // Commands queued in the persistent session arrive as soon as the fleet link connects,
      // which may be before the supervisor has adopted or started the workloads: they wait.
      handlers: afterReady(
        createHandlers({
          device,
          supervisor,
          tasks,
          follower,
          reload: () => this.reload(),
          requestShutdown: () => this.emit('shutdown-requested'),
          deviceStatus: () => this.deviceStatus(),
        }),
        supervisorStarted,
      ),
    });

    // The fleet link connects in the background (supervision never waits on the network),
    // and starts before the supervisor so the boot's started/adopted events reach its outbox.
    // Fleet and release code is loaded only with a fleet block: a standalone device never
    // runs it, and every module loaded stays in the daemon's memory for its lifetime.
    const fleetModules = config.fleet ? await loadFleetModules() : undefined;
    const releases = fleetModules
      ? new fleetModules.ReleaseManager({
          dirs: new fleetModules.ReleaseDirs(config.data_dir),
          state: new fleetModules.ReleaseState(linkDb),
          keep: config.releases.keep,
          validate: async (dir) =>
            (await import('./release/active-config.ts')).releaseConfigProblems(this.#opts.configDir, dir),
          reload: () => this.reload(),
          ready: supervisorStarted,
          logger: this.#logger,
        })
      : undefined;
    const fleet =
      config.fleet && fleetModules
        ? new fleetModules.FleetLink({
            config: config.fleet,
            device,
            bootId: this.#bootId,
            daemonVersion: VERSION,
            supervisor,
            metrics,
            dispatcher,
            root: linkDb,
            capabilities,
            tasksRunning: () => tasks.running,
            ...(releases ? { releases } : {}),
            logger: this.#logger,
          })
        : undefined;
    // Before the link connects: a retained desired state may arrive with the CONNACK.
    await releases?.start(fleet);
    await fleet?.start();
    // After the link: the TASK_FINISHED of a run lost while the daemon was down reaches the outbox.
    tasks.on('event', (event) => fleet?.recordEvent(event));
    tasks.on('changed', () => fleet?.markStatusChanged());
    await tasks.start();
    await supervisor.start(loaded.workloads);
    markStarted();
    const local = new LocalControl({ socketPath: config.socket_path, logger: this.#logger });
    await local.start();
    // In-process on the local broker: the daemon needs no MQTT client of its own socket.
    const endpoint = new CommandEndpoint({
      transport: local.bus,
      dispatcher,
      device,
      link: 'local',
      logger: this.#logger,
    });
    await endpoint.start();
    const telemetry = new LocalTelemetry({ bus: local.bus, device, logger: this.#logger });
    this.#parts = {
      config,
      store,
      linkDb,
      supervisor,
      tasks,
      engine,
      follower,
      local,
      telemetry,
      endpoint,
      metrics,
      fleet,
      releases,
    };

    // The local bus carries the same retained telemetry as the fleet, so `mctl sub` works on the box.
    await telemetry.presence(this.#presence(true));
    supervisor.on('state', (view) => void telemetry.workload(view));
    for (const view of supervisor.list()) await telemetry.workload(view);
    this.#logger.info(
      {
        device,
        workloads: loaded.workloads.length,
        socket: config.socket_path,
        workloads_from: loaded.releaseDir ?? this.#opts.configDir,
      },
      'daemon started',
    );
    return this.info();
  }

  info(): DaemonInfo {
    const parts = this.#need();
    return {
      device: parts.config.device_name,
      socketPath: parts.config.socket_path,
      dataDir: parts.config.data_dir,
      logDir: parts.config.log_dir,
      bootId: this.#bootId,
      workloads: parts.supervisor.list().length,
    };
  }

  /** Hot reload: validates the whole config dir first; an invalid set changes nothing. */
  async reload(): Promise<ApplyResult> {
    const parts = this.#need();
    const loaded = await this.#load();
    const next = this.#withOverrides(loaded.daemon);
    if (JSON.stringify(next) !== JSON.stringify(parts.config)) {
      this.#logger.warn(
        'daemon.yaml changed: workloads are reloaded, daemon settings apply at the next restart',
      );
    }
    const result = await parts.supervisor.apply(loaded.workloads);
    for (const name of result.removed) {
      await parts.telemetry.clearWorkload(name);
    }
    this.#logger.info(result, 'config reloaded');
    return result;
  }

  async deviceStatus(): Promise<MessageInput<'status'>> {
    const parts = this.#need();
    const report = parts.releases?.report();
    const identity = {
      device: parts.config.device_name,
      bootId: this.#bootId,
      daemonVersion: VERSION,
      tags: parts.config.fleet?.tags ?? [],
      capabilities: capabilitiesOf(parts.engine),
    };
    // The same builder as the fleet link's retained status; seq 0: this is an answer, not a publish.
    return statusMessage(
      identity,
      parts.supervisor.list(),
      await parts.metrics.sample(),
      report?.release ?? '',
      0,
      Date.now(),
      report,
      parts.tasks.running,
    );
  }

  /** Graceful: answers in-flight commands, stops every workload, releases every handle. Idempotent. */
  stop(): Promise<void> {
    this.#stopping ??= this.#stop();
    return this.#stopping;
  }

  async #stop(): Promise<void> {
    const parts = this.#parts;
    if (!parts) return;
    // First: an apply in progress finishes (or its download is abandoned) before anything it uses stops.
    await parts.releases?.stop();
    await parts.endpoint.stop();
    parts.follower.stopAll();
    await Promise.all([parts.tasks.stop(), parts.supervisor.stop()]);
    // After the workloads: their final states and events still go out before the offline presence.
    await parts.fleet?.stop();
    await parts.telemetry.presence(this.#presence(false));
    await parts.local.stop();
    await parts.linkDb.close();
    await parts.store.close();
    this.#parts = undefined;
    this.#logger.info('daemon stopped');
  }

  #presence(online: boolean): MessageInput<'presence'> {
    return {
      online,
      since_ms: Date.now(),
      boot_id: this.#bootId,
      daemon_version: VERSION,
      release: this.#parts?.releases?.report().release ?? '',
      hostname: hostname(),
      reason: online ? '' : 'shutdown',
      capabilities: this.#parts ? capabilitiesOf(this.#parts.engine) : [],
    };
  }

  #need(): Parts {
    if (!this.#parts) throw new McError('MC_ERR_UNAVAILABLE', 'the daemon is not running');
    return this.#parts;
  }
}
