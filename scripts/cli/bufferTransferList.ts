/** Every distinct ArrayBuffer under `value` (typed arrays in objects and arrays), to transfer rather than copy. */
export function bufferTransferList(value: unknown, found = new Set<ArrayBuffer>()): ArrayBuffer[] {
  if (ArrayBuffer.isView(value)) {
    if (value.buffer instanceof ArrayBuffer) found.add(value.buffer);
  } else if (Array.isArray(value)) {
    // Arrays of strings (ids, names) hold no buffers; looking at the first item is enough.
    if (value.length > 0 && typeof value[0] === 'object') for (const item of value) bufferTransferList(item, found);
  } else if (value !== null && typeof value === 'object') {
    for (const item of Object.values(value)) bufferTransferList(item, found);
  }
  return [...found];
}
