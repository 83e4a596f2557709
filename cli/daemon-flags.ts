// The Node/V8 flags the device daemon runs with: deploy/systemd/mctl-device.service (whose
// ExecStart deploy/remote-bootstrap.sh keeps them from), `mctl up --detach` and the device
// bench. A test checks that the unit carries exactly these. Measured in docs/benchmarks.md,
// section "device"; the flags a daemon does not get are there too.
//
// --max-semi-space-size=1 (MB): V8's young generation grows to 2 × 16 MB while the daemon
//   loads and never gives it back; an idle daemon allocates little, so 1 MB semi-spaces cost
//   a few more sub-millisecond scavenges (~25 ms more start-up) and save 6-15 MB of RSS.
// --lite-mode: V8 without its compilers (implies --jitless: bytecode interpreter only, no
//   machine code, feedback vectors allocated lazily): ~10 MB less RSS, 5 MB of it the node
//   binary's compiler pages never touched. The daemon's work is system calls and small
//   messages; idle CPU, crash → restart, start-up and log throughput measured no worse.
//   Cost: no WebAssembly in the daemon process, hence no fetch() (undici parses HTTP in
//   WebAssembly) — test/unit/daemon-flags.test.ts keeps device/ free of both. Workloads
//   are spawned without these flags.
// --no-expose-wasm: says so to V8, which otherwise prints "disabling flag --expose_wasm due
//   to conflicting flags" on stderr at every start, a line that is not JSON in the log.
export const DAEMON_NODE_FLAGS: readonly string[] = [
  '--max-semi-space-size=1',
  '--lite-mode',
  '--no-expose-wasm',
];
