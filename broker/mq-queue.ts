// Aedes routes every PUBLISH through mqemitter, which lets at most `concurrency` (100)
// messages be delivered at once and queues the rest in two arrays, taking each next message
// with Array#shift — O(queue length). When deliveries slow down (the controller's own client
// busy absorbing a fleet that announces itself), the queue reaches hundreds of thousands and
// the shifts alone take the CPU: profiled at 19,000 devices, mqemitter's `released` was 23 %
// of the controller's CPU (56 % idle was the rest) while it fell 200,000 messages behind.
// The same two queues as O(1) ring buffers: same order, same limit, same `length`.

/** A FIFO with O(1) push and shift, offering the slice of the Array API mqemitter uses. */
export class RingQueue<T> {
  #items: Array<T | undefined> = new Array(1024);
  #head = 0;
  #size = 0;

  get length(): number {
    return this.#size;
  }

  push(item: T): number {
    if (this.#size === this.#items.length) this.#grow();
    this.#items[(this.#head + this.#size) % this.#items.length] = item;
    this.#size += 1;
    return this.#size;
  }

  shift(): T | undefined {
    if (this.#size === 0) return undefined;
    const item = this.#items[this.#head];
    this.#items[this.#head] = undefined;
    this.#head = (this.#head + 1) % this.#items.length;
    this.#size -= 1;
    return item;
  }

  #grow(): void {
    const next: Array<T | undefined> = new Array(this.#items.length * 2);
    for (let i = 0; i < this.#size; i++) next[i] = this.#items[(this.#head + i) % this.#items.length];
    this.#items = next;
    this.#head = 0;
  }
}

interface MqQueues {
  _messageQueue: unknown;
  _messageCallbacks: unknown;
  _do: (message: unknown, callback: unknown) => unknown;
}

/**
 * mqemitter takes the next queued message from inside the callback of the last delivery:
 * when deliveries finish synchronously (writes to clients already closed, at shutdown) a
 * long queue becomes a recursion as deep as the queue — with 343,000 queued at 19,000
 * devices the controller died of "Maximum call stack size exceeded" while stopping. Past
 * this depth the next message is taken on a fresh stack (setImmediate), order unchanged.
 */
const MAX_SYNC_DEPTH = 500;

/**
 * Swaps an mqemitter's message queues for ring buffers. Only while both are empty (right
 * after Aedes created it); an mqemitter without these fields (another version) is left as is.
 */
export function useRingQueues(mq: unknown): boolean {
  const q = mq as Partial<MqQueues> | null;
  if (!q || !Array.isArray(q._messageQueue) || !Array.isArray(q._messageCallbacks)) return false;
  if (q._messageQueue.length > 0 || q._messageCallbacks.length > 0) return false;
  q._messageQueue = new RingQueue();
  q._messageCallbacks = new RingQueue();
  const original = q._do;
  if (typeof original === 'function') {
    let depth = 0;
    q._do = function guardedDo(this: unknown, message: unknown, callback: unknown) {
      if (depth >= MAX_SYNC_DEPTH) {
        setImmediate(() => guardedDo.call(this, message, callback));
        return this;
      }
      depth += 1;
      try {
        return original.call(this, message, callback);
      } finally {
        depth -= 1;
      }
    };
  }
  return true;
}
