// Token bucket that admits new connections: a reconnect storm or a connection flood costs
// one accept() and one close() per excess socket instead of a TLS handshake and an Aedes
// client each. The clock is injected so the refill logic is testable without sleeping.

export interface TokenBucket {
  /** Takes one token; false when the bucket is empty (the caller refuses the connection). */
  take(): boolean;
}

export function createTokenBucket(
  ratePerSecond: number,
  burst: number,
  now: () => number = () => performance.now(),
): TokenBucket {
  let tokens = burst;
  let last = now();
  return {
    take() {
      const t = now();
      tokens = Math.min(burst, tokens + ((t - last) / 1000) * ratePerSecond);
      last = t;
      if (tokens < 1) return false;
      tokens -= 1;
      return true;
    },
  };
}
