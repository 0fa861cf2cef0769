/** Files up to this size are hashed (sha256) as they are read; a larger one is not kept in memory for it. */
export const HASH_MAX_BYTES = 256 * 1024 * 1024;

/**
 * The sha256 of a byte stream read once: `tee` passes the chunks on and keeps a reference to each,
 * `digest` hashes them when the stream has ended (WebCrypto has no streaming digest). Past
 * HASH_MAX_BYTES the chunks are let go and the digest is null.
 */
export function createByteHash() {
  let chunks: Uint8Array[] | null = [];
  let bytes = 0;
  let finished!: () => void;
  const ended = new Promise<void>((resolve) => (finished = resolve));
  return {
    async *tee(source: AsyncIterable<Uint8Array>): AsyncGenerator<Uint8Array> {
      try {
        for await (const chunk of source) {
          bytes += chunk.length;
          if (chunks && bytes <= HASH_MAX_BYTES) chunks.push(chunk);
          else chunks = null;
          yield chunk;
        }
      } finally {
        finished();
      }
    },
    async digest(): Promise<string | null> {
      await ended;
      if (!chunks || !globalThis.crypto?.subtle) return null;
      const all = new Uint8Array(bytes);
      let at = 0;
      for (const c of chunks) {
        all.set(c, at);
        at += c.length;
      }
      chunks = null;
      const hash = new Uint8Array(await crypto.subtle.digest('SHA-256', all));
      return Array.from(hash, (b) => b.toString(16).padStart(2, '0')).join('');
    },
  };
}
