// mqtt-packet (the packet writer of both Aedes and MQTT.js) pre-builds, on its first write,
// one 2-byte Buffer for every number 0-65535 to write packet ids and lengths from: 65,536
// Buffer objects, ~6 MB of the daemon's heap for its whole life (measured in a heap snapshot
// of an idle daemon, 2026-11-23). A daemon writes a few packets a second; it builds the two
// bytes when it needs them instead. The setting is per process, so only the daemon makes it.
import mqttPacket from 'mqtt-packet';

export function dropMqttNumberCache(): void {
  mqttPacket.writeToStream.cacheNumbers = false;
}
