#!/bin/sh
# Example service for configs/examples/flaky-service.yaml: runs for a random 3-15 s and
# then crashes (exit 1), so the demo shows restarts, backoff and crash-loop protection.
set -eu
lifetime=$(awk -v seed="$$" 'BEGIN { srand(seed); print int(3 + rand() * 13) }')
echo "flaky: up (pid $$), will crash in ${lifetime}s"
sleep "$lifetime"
echo "flaky: simulated crash" >&2
exit 1
