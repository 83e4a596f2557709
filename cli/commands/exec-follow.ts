// Streams the output of one task run to stdout: the lines already written (the reply of a
// `logs` command with follow), then every LogChunk of that follow stream on mc/{d}/logs/{run},
// until its eof; then the run's final status. Ctrl-C ends the follow only: the run goes on.
import { decode, type Message } from '../../proto/codec.ts';
import { McError } from '../../proto/errors.ts';
import { filters } from '../../proto/topics.ts';
import { waitForShutdown } from '../shutdown.ts';
import type { Target } from '../target.ts';

const REPLY_TIMEOUT_MS = 30_000;

export type ExecStatus = NonNullable<Message<'reply'>['exec_status']>;

export function replyError(device: string, reply: Message<'reply'>): McError {
  return new McError(
    (reply.error?.code ?? 'MC_ERR_INTERNAL') as McError['code'],
    `${device}: ${reply.error?.message ?? 'command failed'}`,
  );
}

export interface FollowOutcome {
  /** The final status, or undefined when the user interrupted the follow. */
  status: ExecStatus | undefined;
}

/**
 * Prints the run's output as it comes; resolves with its final status once it has ended, or
 * with no status after Ctrl-C (the run keeps going on the device).
 */
export async function followRun(
  target: Target,
  runId: string,
  print: (lines: readonly string[]) => void,
): Promise<FollowOutcome> {
  const interrupted = waitForShutdown().then(() => 'interrupted' as const);
  const topicFilter = filters.logs(target.device);
  await target.mqtt.subscribeAsync(topicFilter, { qos: 0 });
  let streamId = '';
  let ended: () => void = () => {};
  let eof = new Promise<void>((resolve) => {
    ended = resolve;
  });
  // Chunks may overtake the reply that names their stream; they wait for it here.
  const early: Message<'logs'>[] = [];
  let nextSeq = 0;
  // QoS 0: a chunk the broker dropped is not resent. Say so rather than print a silent gap.
  const show = (chunk: Message<'logs'>) => {
    const seq = Number(chunk.seq);
    if (seq > nextSeq)
      process.stderr.write(
        `mctl: ${seq - nextSeq} output chunk(s) lost in transit (the log on the device has them)\n`,
      );
    nextSeq = seq + 1;
    print(chunk.lines);
    if (chunk.eof) ended();
  };
  const onChunk = (_topic: string, payload: Buffer) => {
    const chunk = decode('logs', payload);
    if (!chunk.ok || chunk.value.run_id !== runId) return;
    if (!streamId) {
      early.push(chunk.value);
      return;
    }
    if (chunk.value.stream_id !== streamId) return;
    show(chunk.value);
  };
  target.mqtt.on('message', onChunk);
  try {
    let first = true;
    for (;;) {
      const reply = await target.send(
        // The first round streams the log from its first byte; a later one picks up at its end.
        { logs: { run_id: runId, lines: 1, follow: true, from_start: first } },
        { timeoutMs: REPLY_TIMEOUT_MS },
      );
      if (!reply.ok) throw replyError(target.device, reply);
      // A finished run answers with its tail and no stream: print it, it is all there is.
      if (!reply.logs?.stream_id && first) print(reply.logs?.lines ?? []);
      first = false;
      streamId = reply.logs?.stream_id ?? '';
      nextSeq = 0;
      if (streamId) {
        for (const chunk of early.splice(0).filter((c) => c.stream_id === streamId)) show(chunk);
        const how = await Promise.race([eof.then(() => 'eof' as const), interrupted]);
        if (how === 'interrupted') {
          await target
            .send({ logs_stop: { stream_id: streamId } }, { timeoutMs: 2000 })
            .catch(() => undefined);
          return { status: undefined };
        }
      }
      const status = await runStatus(target, runId);
      if (status.state !== 'running') return { status };
      // Still running: the follow ended at the daemon's limit; follow again.
      streamId = '';
      eof = new Promise<void>((resolve) => {
        ended = resolve;
      });
    }
  } finally {
    target.mqtt.removeListener('message', onChunk);
  }
}

export async function runStatus(target: Target, runId: string): Promise<ExecStatus> {
  const reply = await target.send({ exec_status: { run_id: runId } }, { timeoutMs: REPLY_TIMEOUT_MS });
  if (!reply.ok || !reply.exec_status) throw replyError(target.device, reply);
  return reply.exec_status;
}
