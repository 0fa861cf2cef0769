import { transfer } from 'comlink';
import { buffersOf } from './core.ts';

/** Every distinct ArrayBuffer held by typed arrays anywhere in `value` (the core's walk). */
export const transferablesOf = buffersOf;

/**
 * Marks a worker reply so comlink moves (not copies) its typed arrays to the main thread. The arrays
 * are unusable in the worker afterwards: only pass arrays the worker does not keep.
 */
export function transferred<T>(payload: T): T {
  return transfer(payload, transferablesOf(payload));
}
