/** Freezes an object graph of plain data so results can be shared without defensive copies. */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

/** A frozen copy of plain data (objects, arrays, primitives), so later edits by the caller cannot leak in. */
export function frozenCopy<T>(value: T): T {
  if (Array.isArray(value)) return Object.freeze(value.map((item) => frozenCopy(item))) as T;
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value).map(([key, inner]) => [key, frozenCopy(inner)]);
    return Object.freeze(Object.fromEntries(entries)) as T;
  }
  return value;
}
