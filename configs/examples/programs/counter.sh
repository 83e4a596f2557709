#!/bin/sh
# Example script for configs/examples/counter-script.yaml: counts to $COUNT_TO, one number
# a second, then exits 0 so the run is recorded as successful.
set -eu
limit="${COUNT_TO:-5}"
i=1
while [ "$i" -le "$limit" ]; do
  echo "counter: $i/$limit"
  i=$((i + 1))
  [ "$i" -le "$limit" ] && sleep 1
done
echo "counter: done"
