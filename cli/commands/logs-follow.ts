// `mctl logs NAME -f`: prints the last lines, then every LogChunk the daemon streams on
// mc/{d}/logs/{w} for this follow session, until Ctrl-C (which tells the daemon to stop
// streaming) or the daemon ends the stream (eof).
import { decode } from '../../proto/codec.ts';
import { McError } from '../../proto/errors.ts';
import { topics } from '../../proto/topics.ts';
import { waitForShutdown } from '../shutdown.ts';
import { connectTarget, type TargetOptions } from '../target.ts';

export async function followLogs(
  opts: TargetOptions & { json: boolean },
  workload: string,
  lines: number,
): Promise<void> {
  const target = await connectTarget(opts);
  const topic = topics.logs(target.device, workload);
  let streamId = '';
  let ended: () => void = () => {};
  const eof = new Promise<void>((resolve) => {
    ended = resolve;
  });
  const print = (text: string[]) => {
    for (const line of text)
      process.stdout.write(`${opts.json ? JSON.stringify({ workload, line }) : line}\n`);
  };
  // Chunks can arrive before the reply that names the stream; keep them until then.
  const early: { stream_id: string; lines: string[]; eof: boolean }[] = [];
  const onChunk = (t: string, payload: Buffer) => {
    if (t !== topic) return;
    const chunk = decode('logs', payload);
    if (!chunk.ok) return;
    if (!streamId) {
      early.push(chunk.value);
      return;
    }
    if (chunk.value.stream_id !== streamId) return;
    print(chunk.value.lines);
    if (chunk.value.eof) ended();
  };
  try {
    target.mqtt.on('message', onChunk);
    await target.mqtt.subscribeAsync(topic, { qos: 0 });
    const reply = await target.send({ logs: { workload, lines, follow: true } });
    if (!reply.ok) {
      throw new McError(
        (reply.error?.code ?? 'MC_ERR_INTERNAL') as McError['code'],
        reply.error?.message ?? 'logs failed',
      );
    }
    streamId = reply.logs?.stream_id ?? '';
    print(reply.logs?.lines ?? []);
    for (const chunk of early.filter((c) => c.stream_id === streamId)) {
      print(chunk.lines);
      if (chunk.eof) ended();
    }
    const how = await Promise.race([eof.then(() => 'eof' as const), waitForShutdown()]);
    if (how !== 'eof' && streamId) {
      await target.commands
        .send(target.device, { logs_stop: { stream_id: streamId } }, { timeoutMs: 2000 })
        .catch(() => {});
    }
  } finally {
    target.mqtt.removeListener('message', onChunk);
    await target.close();
  }
}
