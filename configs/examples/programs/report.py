#!/usr/bin/env python3
"""Example script for configs/examples/python-report.yaml: prints one JSON line with the
load average and, if asked, memory use. Reads its params from MC_PARAMS."""
import json
import os
import time


def meminfo():
    values = {}
    with open("/proc/meminfo") as f:
        for line in f:
            key, rest = line.split(":", 1)
            values[key] = int(rest.split()[0]) * 1024
    return {"total_bytes": values["MemTotal"], "available_bytes": values["MemAvailable"]}


def main():
    params = json.loads(os.environ.get("MC_PARAMS") or "{}")
    with open("/proc/loadavg") as f:
        load1, load5, load15 = (float(x) for x in f.read().split()[:3])
    report = {"at": time.strftime("%Y-%m-%dT%H:%M:%S%z"), "load": [load1, load5, load15]}
    if params.get("include_memory"):
        report["memory"] = meminfo()
    print(json.dumps(report), flush=True)


if __name__ == "__main__":
    main()
