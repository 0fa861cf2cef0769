/** Sources of Uint8Array chunks that work in Node, a Web Worker and the browser. */

/** Chunks of a ReadableStream (e.g. `file.stream()` in the browser or worker). */
export async function* chunksOfReadableStream(stream: ReadableStream<Uint8Array>): AsyncGenerator<Uint8Array> {
  const reader = stream.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      if (value.length > 0) yield value;
    }
  } finally {
    reader.releaseLock();
  }
}

/** Views of `bytes` of `chunkBytes` each (the last may be shorter); for in-memory input and tests. */
export async function* chunksOfBytes(bytes: Uint8Array, chunkBytes = 4 << 20): AsyncGenerator<Uint8Array> {
  for (let i = 0; i < bytes.length; i += chunkBytes) yield bytes.subarray(i, Math.min(bytes.length, i + chunkBytes));
}
