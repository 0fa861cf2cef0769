export type GrowableArray = Float64Array | Float32Array | Int32Array | Uint32Array | Int16Array | Uint16Array | Uint8Array;

/** `array` itself when it holds `needed` items, else a copy at least twice as long (amortised O(1) appends). */
export function grownArray<T extends GrowableArray>(array: T, needed: number): T {
  if (needed <= array.length) return array;
  const length = Math.max(needed, array.length * 2, 16);
  const Ctor = array.constructor as new (length: number) => T;
  const next = new Ctor(length);
  next.set(array);
  return next;
}

/** An exact-length copy, so the buffer handed to a worker transfer holds no unused tail. */
export function trimmedArray<T extends GrowableArray>(array: T, length: number): T {
  return array.slice(0, length) as T;
}
