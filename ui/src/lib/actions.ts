// Running an operator action from a button: the outcome always reaches the operator, as a
// confirmation or as the API's error in words, and the button knows when it is busy.
import { describeError } from './api.ts';
import type { Notices } from './notices.svelte.ts';

export type ActionOutcome<T> = { ok: true; value: T } | { ok: false; error: string };

export async function runAction<T>(
  notices: Notices,
  what: string,
  action: () => Promise<T>,
  describe: (value: T) => string,
): Promise<ActionOutcome<T>> {
  try {
    const value = await action();
    notices.ok(`${what}: ${describe(value)}`);
    return { ok: true, value };
  } catch (err) {
    const error = describeError(err);
    notices.error(`${what} failed: ${error}`);
    return { ok: false, error };
  }
}
