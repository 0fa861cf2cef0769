/** A fetch response body as an async iterable of byte chunks, reporting bytes read. */
export async function* chunksOfResponse(response: Response, onBytes: (bytes: number) => void): AsyncGenerator<Uint8Array> {
  if (!response.body) {
    const all = new Uint8Array(await response.arrayBuffer());
    onBytes(all.length);
    yield all;
    return;
  }
  const reader = response.body.getReader();
  let bytes = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      bytes += value.length;
      onBytes(bytes);
      yield value;
    }
  } finally {
    reader.releaseLock();
  }
}
