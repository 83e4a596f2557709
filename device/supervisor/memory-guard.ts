// Memory verdicts of one workload over its runs: a warning at 90% of memory_limit_mb and an
// action at 100%, each at most once per run — a workload hovering at its limit produces one
// event, not one per watchdog tick.
import { memoryVerdict } from './limits.ts';

export interface MemoryFindings {
  warning?: string;
  limit?: string;
  /** memory_action is restart and the limit was reached: end this run. */
  restart: boolean;
}

export class MemoryGuard {
  private warnedRun: string | undefined;
  private limitedRun: string | undefined;

  check(runId: string, rssBytes: number, limitMb: number, action: 'warn' | 'restart'): MemoryFindings {
    const verdict = memoryVerdict(rssBytes, limitMb);
    const rss = `RSS ${(rssBytes / 1024 / 1024).toFixed(1)} MB`;
    const findings: MemoryFindings = { restart: false };
    if (verdict !== 'ok' && this.warnedRun !== runId) {
      this.warnedRun = runId;
      findings.warning = `${rss} is at least 90% of memory_limit_mb ${limitMb}`;
    }
    if (verdict === 'limit' && this.limitedRun !== runId) {
      this.limitedRun = runId;
      findings.restart = action === 'restart';
      findings.limit = `${rss} reached memory_limit_mb ${limitMb}: ${findings.restart ? 'restarting' : 'warn only'}`;
    }
    return findings;
  }
}
