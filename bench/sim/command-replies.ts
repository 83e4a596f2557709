// Answers a Command on mc/{d}/cmd from the simulated device's state, as the daemon's
// dispatcher would (docs/topics.md "Commands and replies"): list, status, device_status,
// logs and reload are read from the state; start/stop/restart change it (the caller then
// publishes the new workload state, status and event like churn does). Commands a sim cannot
// honour (exec, shutdown…) get MC_ERR_UNKNOWN_COMMAND rather than silence, so a requester
// never waits for a timeout. A redelivered command id gets the same reply again.
import { decode, encode, type Message, type MessageInput } from '../../proto/codec.ts';
import type { DeviceState } from './device-state.ts';

type ReplyBody = Omit<MessageInput<'reply'>, 'command_id' | 'ts_ms' | 'device'>;

/** A command changed a workload: the link publishes its state, the status and this event. */
export interface CommandChange {
  workload: number;
  event: Uint8Array;
}

export interface CommandOutcome {
  /** Empty when the command named no reply_to. */
  replyTo: string;
  reply: Uint8Array;
  /** A start/stop/restart that changed a workload: publish its consequences. */
  change?: CommandChange;
  action: string;
}

/** How many recent command ids a device remembers for redeliveries. */
const REMEMBERED = 16;

export class CommandAnswers {
  readonly #state: DeviceState;
  readonly #recent = new Map<string, CommandOutcome>();

  constructor(state: DeviceState) {
    this.#state = state;
  }

  /** null when the payload is undecodable and names no reply_to (nobody to tell). */
  answer(payload: Uint8Array, now: number): CommandOutcome | null {
    const decoded = decode('cmd', payload);
    const device = this.#state.name;
    if (!decoded.ok) {
      const replyTo = decoded.partial?.reply_to ?? '';
      if (!replyTo) return null;
      const code = decoded.partial?.id ? 'MC_ERR_UNKNOWN_COMMAND' : 'MC_ERR_DECODE';
      const reply = encode('reply', {
        command_id: decoded.partial?.id ?? '',
        ok: false,
        error: { code, message: decoded.error.message },
        ts_ms: now,
        device,
      });
      return { replyTo, reply, action: 'invalid' };
    }
    const cmd = decoded.value;
    const seen = this.#recent.get(cmd.id);
    // A QoS 1 redelivery acts once: same reply, no second change.
    if (seen) return { replyTo: seen.replyTo, reply: seen.reply, action: seen.action };
    const action = cmd.action ?? 'unknown';
    const base = { command_id: cmd.id, ts_ms: now, device };
    const expires = Number(cmd.expires_at_ms);
    const result: { body: ReplyBody; change?: CommandChange } =
      expires > 0 && expires < now
        ? { body: fail('MC_ERR_EXPIRED', `command expired at ${new Date(expires).toISOString()}`) }
        : this.#execute(cmd, now);
    const outcome: CommandOutcome = {
      replyTo: cmd.reply_to,
      reply: encode('reply', { ...base, ...result.body }),
      action,
      ...(result.change ? { change: result.change } : {}),
    };
    this.#remember(cmd.id, outcome);
    return outcome;
  }

  #execute(cmd: Message<'cmd'>, now: number): { body: ReplyBody; change?: CommandChange } {
    const s = this.#state;
    const find = (name: string | null | undefined) => {
      const index = s.workloadIndex(name ?? '');
      return index < 0 ? undefined : index;
    };
    const missing = (name: string | null | undefined) =>
      fail('MC_ERR_NOT_FOUND', `no workload ${JSON.stringify(name ?? '')} on ${s.name}`);
    switch (cmd.action) {
      case 'list':
        return {
          body: { ok: true, workloads: { workloads: s.workloads.map((_, i) => s.workloadMessage(i)) } },
        };
      case 'device_status':
        return { body: { ok: true, device_status: s.statusMessage(now) } };
      case 'status': {
        const index = find(cmd.status?.workload);
        if (index === undefined) return { body: missing(cmd.status?.workload) };
        return { body: { ok: true, detail: { state: s.workloadMessage(index), runs: [] } } };
      }
      case 'logs': {
        const index = find(cmd.logs?.workload);
        if (index === undefined) return { body: missing(cmd.logs?.workload) };
        const name = s.workloads[index]?.name ?? '';
        return { body: { ok: true, logs: { workload: name, lines: [`${name}: simulated log line`] } } };
      }
      case 'reload':
        return {
          body: { ok: true, reload: { unchanged: s.workloads.map((w) => w.name) } },
        };
      case 'start':
      case 'stop':
      case 'restart': {
        const target = cmd[cmd.action]?.workload;
        const index = find(target);
        if (index === undefined) return { body: missing(target) };
        // Applied here, so the reply carries the new state; the link publishes the rest.
        const event = s.apply(s.commandTransition(index, cmd.action), now);
        return { body: { ok: true, workload: s.workloadMessage(index) }, change: { workload: index, event } };
      }
      default:
        return { body: fail('MC_ERR_UNKNOWN_COMMAND', `${cmd.action ?? 'no action'} is not simulated`) };
    }
  }

  #remember(id: string, outcome: CommandOutcome): void {
    this.#recent.set(id, outcome);
    if (this.#recent.size > REMEMBERED) {
      const oldest = this.#recent.keys().next().value;
      if (oldest !== undefined) this.#recent.delete(oldest);
    }
  }
}

function fail(code: string, message: string): { ok: false; error: { code: string; message: string } } {
  return { ok: false, error: { code, message } };
}
