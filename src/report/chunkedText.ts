/**
 * Collects small strings and hands them out in pieces of about `targetChars`, for streaming
 * writers. Appends with `+=` (V8 keeps a rope; the writer flattens it once per piece).
 */
export class ChunkedText {
  private text = '';
  private readonly targetChars: number;

  constructor(targetChars = 64 * 1024) {
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
