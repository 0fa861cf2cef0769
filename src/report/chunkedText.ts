/**
 * Collects small strings and hands them out in pieces of about `targetChars`, for streaming
 * writers. Appends with `+=` (V8 keeps a rope; the writer flattens it once per piece).
 */
export class ChunkedText {
  private text = '';
  private readonly targetChars: number;

  /**
   * 1 Mi characters: each piece costs a write and, on a file stream, a wait for 'drain'; with 64 Ki
   * pieces a 1M-plot report (~250 MB) took ~4,000 of them.
   */
  constructor(targetChars = 1 << 20) {
    this.targetChars = targetChars;
  }

  /** Adds text; returns a full piece when one is ready, else null. */
  add(text: string): string | null {
    this.text += text;
    return this.text.length >= this.targetChars ? this.take() : null;
  }

  /** Whatever is left (possibly ''). */
  take(): string {
    const text = this.text;
    this.text = '';
    return text;
  }
}
