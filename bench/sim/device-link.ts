// One simulated device's MQTT session over a raw TCP socket, doing what the daemon's fleet
// link does (device/fleet/fleet-link.ts): CONNECT with a persistent session and the offline
// presence as retained QoS 1 Last Will; on CONNACK subscribe to mc/{d}/cmd, publish the
// online presence, every workload state and the status (retained, QoS 1), a heartbeat, and
// resend events not yet acknowledged (an outbox: events are never lost across a drop). While
// up it publishes heartbeats (QoS 0), state changes (retained QoS 1) and events (QoS 1), and
// answers commands with a Reply. Reconnect timing is the fleet scheduler's business.
import { connect, type Socket } from 'node:net';
import { topics } from '../../proto/topics.ts';
import { CommandAnswers } from './command-replies.ts';
import type { PublishKind, SimCounters } from './counters.ts';
import { DesiredFollower, encodeUnsubscribe } from './desired.ts';
import { DeviceState, type Transition } from './device-state.ts';
import {
  DISCONNECT,
  encodeConnect,
  encodePuback,
  encodePublish,
  encodeSubscribe,
  encodeTopic,
  type InboundPacket,
  PacketReader,
  PINGREQ,
} from './mqtt-wire.ts';

export interface LinkSettings {
  host: string;
  port: number;
  keepaliveS: number;
  connectTimeoutMs: number;
  counters: SimCounters;
  /** While true, a connected device only keeps its session alive (see Fleet.activate). */
  quiet: () => boolean;
  onUp: (link: DeviceLink) => void;
  /** Called once per connection attempt that ends: `up` false means it never got a CONNACK 0. */
  onClosed: (link: DeviceLink, wasUp: boolean) => void;
}

type LinkState = 'idle' | 'connecting' | 'up';

interface Inflight {
  kind: PublishKind;
  /** For events: the seq to take out of the outbox once acknowledged. */
  seq: number;
}

export class DeviceLink {
  readonly index: number;
  readonly state: DeviceState;
  readonly #password: string;
  readonly #s: LinkSettings;
  readonly #answers: CommandAnswers;
  readonly #topics: {
    presence: Buffer;
    status: Buffer;
    heartbeat: Buffer;
    events: Buffer;
    workloads: Buffer[];
  };
  readonly #cmdTopic: string;
  /** Follows mc/{d}/desired: fetches, verifies and "switches" releases (desired.ts). */
  readonly #desired: DesiredFollower;
  /** Events not yet acknowledged, by seq (insertion order = seq order). */
  readonly #outbox = new Map<number, Uint8Array>();
  readonly #inflight = new Map<number, Inflight>();
  #socket: Socket | undefined;
  #reader = new PacketReader();
  #status: LinkState = 'idle';
  #nextId = 1;
  #corked = false;
  #dropping = false;
  #connectStartMs = 0;
  #connectTimer: NodeJS.Timeout | undefined;
  /** The connection has told the controller everything (presence, states, outbox). */
  #announced = false;

  constructor(index: number, name: string, password: string, workloads: number, settings: LinkSettings) {
    this.index = index;
    this.state = new DeviceState(name, workloads, Date.now());
    this.#password = password;
    this.#s = settings;
    this.#answers = new CommandAnswers(this.state);
    this.#topics = {
      presence: encodeTopic(topics.presence(name)),
      status: encodeTopic(topics.status(name)),
      heartbeat: encodeTopic(topics.heartbeat(name)),
      events: encodeTopic(topics.events(name)),
      workloads: this.state.workloads.map((w) => encodeTopic(topics.workload(name, w.name))),
    };
    this.#cmdTopic = topics.cmd(name);
    this.#desired = new DesiredFollower(
      this.state,
      {
        subscribe: (filter) => this.#write(encodeSubscribe(this.#packetId(), filter, 1)),
        unsubscribe: (filter) => this.#write(encodeUnsubscribe(this.#packetId(), filter)),
        switched: (transitions, now) => this.#switched(transitions, now),
        reported: (now) => this.#reportRelease(now),
      },
      settings.counters.desired,
    );
  }

  get status(): LinkState {
    return this.#status;
  }

  get isUp(): boolean {
    return this.#status === 'up';
  }

  /** Up and has published its presence and retained picture on this connection. */
  get announced(): boolean {
    return this.#announced;
  }

  /** QoS 1 publishes waiting for their PUBACK. */
  get inflight(): number {
    return this.#inflight.size;
  }

  get pendingEvents(): number {
    return this.#outbox.size;
  }

  connect(): void {
    if (this.#status !== 'idle') return;
    this.#status = 'connecting';
    this.#dropping = false;
    this.#reader = new PacketReader();
    this.#connectStartMs = Date.now();
    this.#s.counters.connectAttempts += 1;
    const socket = connect({ host: this.#s.host, port: this.#s.port });
    // TCP_NODELAY as the daemon sets it (fleet-connection.ts); bursts are corked into one write.
    socket.setNoDelay(true);
    this.#socket = socket;
    socket.on('data', (chunk: Buffer) => this.#onData(chunk));
    socket.on('error', () => {
      this.#s.counters.socketErrors += 1;
    });
    socket.on('close', () => this.#onClose(socket));
    // The will's since_ms is the time of this CONNECT, as the daemon refreshes it per attempt.
    this.#write(
      encodeConnect({
        clientId: `mc-dev-${this.state.name}`,
        username: this.state.name,
        password: this.#password,
        keepaliveS: this.#s.keepaliveS,
        clean: false,
        will: {
          topic: topics.presence(this.state.name),
          payload: this.state.presence(false, Date.now()),
          qos: 1,
          retain: true,
        },
      }),
    );
    this.#connectTimer = setTimeout(() => {
      this.#s.counters.connectTimeouts += 1;
      socket.destroy();
    }, this.#s.connectTimeoutMs);
  }

  /** Cuts the connection without DISCONNECT, so the broker publishes the Last Will. */
  drop(): void {
    if (!this.#socket) return;
    this.#dropping = true;
    this.#s.counters.drops += 1;
    this.#socket.destroy();
  }

  /** Ends the session politely (DISCONNECT: no will) — used when the simulator exits. */
  close(): void {
    const socket = this.#socket;
    if (!socket) return;
    this.#dropping = true;
    if (this.#status === 'up') socket.end(DISCONNECT);
    else socket.destroy();
  }

  heartbeat(now: number): void {
    if (this.#status !== 'up') return;
    // A quiet device sends no telemetry, but the broker's keep-alive still wants traffic.
    if (!this.#announced) this.#write(PINGREQ);
    else this.#publish('heartbeat', this.#topics.heartbeat, this.state.heartbeat(now), 0, false);
  }

  /** A workload changes state: its event, its retained state and the new status go out. */
  change(t: Transition, now: number): void {
    const event = this.state.apply(t, now);
    this.#s.counters.stateChanges += 1;
    this.#afterChange(t.workload, event, now);
  }

  #afterChange(workload: number, event: Uint8Array, now: number): void {
    this.#outbox.set(this.state.eventSeq, event);
    if (!this.#announced) return;
    this.#publishEvent(this.state.eventSeq, event, false);
    const topic = this.#topics.workloads[workload];
    if (topic) this.#publish('workload', topic, this.state.workload(workload), 1, true);
    this.#publish('status', this.#topics.status, this.state.nextStatus(now), 1, true);
  }

  #onUp(sessionPresent: boolean): void {
    const now = Date.now();
    this.#status = 'up';
    this.#s.counters.connected(now - this.#connectStartMs);
    this.#s.onUp(this);
    // Like MQTT.js with clean: false, subscribe only when the broker has no session for us:
    // a resumed session keeps the subscription. This models long-running daemons (a daemon
    // process start subscribes once more), and it matters: Aedes with LevelDB persistence
    // scans every retained message of the broker for each SUBSCRIBE (docs/benchmarks.md).
    if (!sessionPresent) {
      this.#write(encodeSubscribe(this.#packetId(), this.#cmdTopic, 1));
      this.#write(encodeSubscribe(this.#packetId(), this.#desired.topic, 1));
      this.#desired.resubscribe();
    }
    if (!this.#s.quiet()) this.announce(now);
  }

  /** What a daemon says on every connect: presence, the full retained picture, a beat, the outbox. */
  announce(now: number): void {
    if (this.#status !== 'up' || this.#announced) return;
    this.#announced = true;
    this.#publish('presence', this.#topics.presence, this.state.presence(true, now), 1, true);
    for (let i = 0; i < this.#topics.workloads.length; i++) {
      this.#publish('workload', this.#topics.workloads[i] as Buffer, this.state.workload(i), 1, true);
    }
    this.#publish('status', this.#topics.status, this.state.nextStatus(now), 1, true);
    this.heartbeat(now);
    for (const [seq, event] of this.#outbox) this.#publishEvent(seq, event, true);
  }

  #publishEvent(seq: number, event: Uint8Array, dup: boolean): void {
    const id = this.#publish('events', this.#topics.events, event, 1, false, dup);
    const entry = this.#inflight.get(id);
    if (entry) entry.seq = seq;
  }

  /** Returns the packet id (0 for QoS 0). */
  #publish(
    kind: PublishKind,
    topic: Buffer,
    payload: Uint8Array,
    qos: 0 | 1,
    retain: boolean,
    dup = false,
  ): number {
    const id = qos === 1 ? this.#packetId() : 0;
    if (qos === 1) this.#inflight.set(id, { kind, seq: 0 });
    this.#write(encodePublish(topic, payload, qos, retain, id, dup));
    this.#s.counters.published[kind] += 1;
    return id;
  }

  #packetId(): number {
    // Ids in flight are skipped; 65,535 of them never are for one device.
    do {
      this.#nextId = this.#nextId >= 65_535 ? 1 : this.#nextId + 1;
    } while (this.#inflight.has(this.#nextId));
    return this.#nextId;
  }

  #write(bytes: Buffer): void {
    const socket = this.#socket;
    if (!socket || socket.destroyed) return;
    // Everything one tick sends for this device leaves in one segment (TCP_NODELAY is on).
    if (!this.#corked) {
      this.#corked = true;
      socket.cork();
      process.nextTick(() => {
        this.#corked = false;
        socket.uncork();
      });
    }
    socket.write(bytes);
  }

  #onData(chunk: Buffer): void {
    const ok = this.#reader.push(chunk, (p) => this.#onPacket(p));
    if (!ok) {
      this.#s.counters.protocolErrors += 1;
      this.#socket?.destroy();
    }
  }

  #onPacket(p: InboundPacket): void {
    switch (p.type) {
      case 'connack':
        clearTimeout(this.#connectTimer);
        if (p.returnCode === 0) this.#onUp(p.sessionPresent);
        else {
          this.#s.counters.refused += 1;
          this.#socket?.destroy();
        }
        return;
      case 'puback': {
        const entry = this.#inflight.get(p.packetId);
        if (!entry) return;
        this.#inflight.delete(p.packetId);
        this.#s.counters.acked += 1;
        if (entry.kind === 'events') this.#outbox.delete(entry.seq);
        return;
      }
      case 'publish':
        if (p.qos > 0) this.#write(encodePuback(p.packetId));
        if (p.topic === this.#cmdTopic) this.#onCommand(p.payload);
        else if (this.#desired.handles(p.topic)) this.#desired.onPublish(p.topic, p.payload, Date.now());
        return;
      default:
        return;
    }
  }

  #onCommand(payload: Buffer): void {
    this.#s.counters.commands += 1;
    const now = Date.now();
    const outcome = this.#answers.answer(payload, now);
    if (!outcome) return;
    if (outcome.change) {
      this.#s.counters.stateChanges += 1;
      this.#afterChange(outcome.change.workload, outcome.change.event, now);
    }
    if (outcome.replyTo) this.#publish('reply', encodeTopic(outcome.replyTo), outcome.reply, 1, false);
  }

  /** A release switch restarted every workload: their events and states, then one status. */
  #switched(transitions: Transition[], now: number): void {
    for (const t of transitions) {
      const event = this.state.apply(t, now);
      this.#outbox.set(this.state.eventSeq, event);
      this.#s.counters.stateChanges += 1;
      if (!this.#announced) continue;
      this.#publishEvent(this.state.eventSeq, event, false);
      const topic = this.#topics.workloads[t.workload];
      if (topic) this.#publish('workload', topic, this.state.workload(t.workload), 1, true);
    }
    this.#reportRelease(now);
  }

  /**
   * The status names the release. (The presence carries it too, but republishing presence
   * here would stamp a since_ms newer than this connection's will: see fleet-link.ts.)
   */
  #reportRelease(now: number): void {
    if (this.#announced) this.#publish('status', this.#topics.status, this.state.nextStatus(now), 1, true);
  }

  #onClose(socket: Socket): void {
    if (socket !== this.#socket) return;
    clearTimeout(this.#connectTimer);
    const wasUp = this.#status === 'up';
    this.#socket = undefined;
    this.#status = 'idle';
    this.#announced = false;
    this.#s.counters.unackedAtClose += this.#inflight.size;
    // Retained states are republished in full at the next CONNACK; events stay in the outbox.
    this.#inflight.clear();
    if (wasUp && !this.#dropping) this.#s.counters.unexpectedCloses += 1;
    this.#s.onClosed(this, wasUp);
  }
}
