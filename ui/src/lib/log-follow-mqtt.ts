// `mctl logs -f` in the browser: connects to the controller's broker over WebSocket (/mqtt)
// as the operator, sends the device a `logs` command with `follow`, and passes on the
// LogChunks it then streams on mc/{d}/logs/{w}. Payloads are the same Protobuf messages the
// rest of the fleet uses (proto/codec.ts), topics come from proto/topics.ts. Loaded lazily:
// MQTT.js and the Protobuf code are only needed while someone follows a log.
import mqtt, { type MqttClient } from 'mqtt';
import { decode, encode } from '../../../proto/codec.ts';
import { topics } from '../../../proto/topics.ts';
import type { FollowRequest, LogSink, LogStream } from './log-stream.ts';

export interface MqttFollowRequest extends FollowRequest {
  token: string;
  url: string;
}

/**
 * MQTT.js's types ask for a Node Buffer; its browser build takes any Uint8Array (its
 * bundled Buffer reads the bytes), and protobufjs produces Uint8Arrays in the browser.
 */
const asPayload = (bytes: Uint8Array) => bytes as Parameters<MqttClient['publishAsync']>[1];

/** How long the device has to answer the follow command. */
const REPLY_TIMEOUT_MS = 10_000;

/** Random lower-case hex; crypto.randomUUID exists only in secure contexts (not plain http on a LAN). */
function randomId(bytes = 8): string {
  return [...crypto.getRandomValues(new Uint8Array(bytes))]
    .map((b) => b.toString(16).padStart(2, '0'))
    .join('');
}

export async function followOverMqtt(req: MqttFollowRequest, sink: LogSink): Promise<LogStream> {
  const session = randomId();
  const replyTopic = topics.reply(`ui-${session}`);
  const logTopic = topics.logs(req.device, req.workload);
  const streamId = `ui-${session}-${randomId(4)}`;
  const client = await mqtt.connectAsync(req.url, {
    protocolVersion: 4,
    clientId: `mc-ui-${session}`,
    username: 'operator',
    password: req.token,
    clean: true,
    // One follow session per connection: a dropped connection ends it (the device stops
    // streaming on its own at its time limit) and the operator starts a new one.
    reconnectPeriod: 0,
    connectTimeout: 10_000,
  });
  let ended = false;
  const end = (reason: string) => {
    if (ended) return;
    ended = true;
    clearTimeout(replyTimer);
    sink.ended(reason);
    void client.endAsync(true).catch(() => {});
  };
  let replyTimer: ReturnType<typeof setTimeout> | undefined;

  client.on('message', (topic, payload) => {
    if (topic === logTopic) {
      const chunk = decode('logs', payload);
      if (!chunk.ok || chunk.value.stream_id !== streamId) return; // someone else's follow
      if (chunk.value.lines.length > 0) sink.lines(chunk.value.lines, false);
      if (chunk.value.eof) end('the device ended the stream (its time limit, or it stopped)');
      return;
    }
    if (topic !== replyTopic) return;
    const reply = decode('reply', payload);
    if (!reply.ok || reply.value.command_id !== streamId) return;
    clearTimeout(replyTimer);
    if (!reply.value.ok) {
      const e = reply.value.error;
      sink.problem(
        `the device refused to stream the log: ${e?.message ?? 'no reason given'} (${e?.code ?? '?'})`,
      );
      end('refused');
      return;
    }
    sink.lines(reply.value.logs?.lines ?? [], true);
  });
  client.on('close', () => end('the connection to the controller closed'));
  client.on('error', (err) => sink.problem(`MQTT: ${err.message}`));

  await client.subscribeAsync([replyTopic, logTopic], { qos: 0 });
  const now = Date.now();
  // QoS 0: a follow for an offline device should not be queued and start streaming to nobody
  // when it comes back. No expiry: the browser's clock may differ from the device's.
  await client.publishAsync(
    topics.cmd(req.device),
    asPayload(
      encode('cmd', {
        id: streamId,
        issued_at_ms: now,
        reply_to: replyTopic,
        issuer: 'dashboard',
        logs: { workload: req.workload, lines: req.lines, follow: true },
      }),
    ),
    { qos: 0 },
  );
  replyTimer = setTimeout(() => {
    sink.problem(`${req.device} did not answer the follow request within ${REPLY_TIMEOUT_MS / 1000} s`);
    end('no answer');
  }, REPLY_TIMEOUT_MS);

  return {
    how: 'following over MQTT',
    async stop() {
      if (ended) return;
      // Tell the daemon to stop streaming now rather than at its time limit.
      const stopCommand = encode('cmd', { id: `${streamId}-stop`, logs_stop: { stream_id: streamId } });
      await client.publishAsync(topics.cmd(req.device), asPayload(stopCommand), { qos: 0 }).catch(() => {
        // The connection is going anyway; the daemon ends the stream at its time limit.
      });
      end('stopped');
    },
  };
}
