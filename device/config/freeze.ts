// Configs are validated once, then frozen: a component that mutates its config by accident
// fails loudly at that line instead of changing behaviour elsewhere.

export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}
