// One ticking clock for every "12 s ago" on the page: a single timer instead of one per
// row, and relative times stay current without anything else changing.
export class Clock {
  now = $state(Date.now());
  #timer: ReturnType<typeof setInterval> | undefined;

  start(periodMs = 1000): () => void {
    this.#timer ??= setInterval(() => {
      this.now = Date.now();
    }, periodMs);
    return () => {
      clearInterval(this.#timer);
      this.#timer = undefined;
    };
  }
}
