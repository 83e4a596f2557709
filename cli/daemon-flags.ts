// The Node/V8 flags the device daemon runs with: deploy/systemd/mctl-device.service (whose
// ExecStart deploy/remote-bootstrap.sh keeps them from), `mctl up --detach` and the device
// bench. A test checks that the unit carries exactly these.
//
// --max-semi-space-size=1 (MB): V8's young generation grows to 2 × 16 MB while the daemon
// loads and never gives it back; an idle daemon allocates little, so 1 MB semi-spaces cost a
// few more (sub-millisecond) scavenges and save ~6-15 MB of RSS (docs/benchmarks.md, device).
export const DAEMON_NODE_FLAGS: readonly string[] = ['--max-semi-space-size=1'];
