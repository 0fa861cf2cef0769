import { transfer } from 'comlink';

/** Every distinct ArrayBuffer held by typed arrays anywhere in `value` (objects and arrays walked). */
export function transferablesOf(value: unknown, found: Set<ArrayBuffer> = new Set()): ArrayBuffer[] {
  if (ArrayBuffer.isView(value)) {
    if (value.buffer instanceof ArrayBuffer) found.add(value.buffer);
  } else if (Array.isArray(value)) {
    for (const item of value) if (item !== null && typeof item === 'object') transferablesOf(item, found);
  } else if (value !== null && typeof value === 'object') {
    for (const item of Object.values(value)) if (item !== null && typeof item === 'object') transferablesOf(item, found);
  }
  return [...found];
}

/**
 * Marks a worker reply so comlink moves (not copies) its typed arrays to the main thread. The arrays
 * are unusable in the worker afterwards: only pass arrays the worker does not keep.
 */
export function transferred<T>(payload: T): T {
  return transfer(payload, transferablesOf(payload));
}
