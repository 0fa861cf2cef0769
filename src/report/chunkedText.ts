/** Collects small strings and hands them out in pieces of about `targetChars`, for streaming writers. */
export class ChunkedText {
  private parts: string[] = [];
  private chars = 0;
  private readonly targetChars: number;

  constructor(targetChars = 64 * 1024) {
    this.targetChars = targetChars;
  }

  /** Adds text; returns a full piece when one is ready, else null. */
  add(text: string): string | null {
    this.parts.push(text);
    this.chars += text.length;
    return this.chars >= this.targetChars ? this.take() : null;
  }

  /** Whatever is left (possibly ''). */
  take(): string {
    const text = this.parts.join('');
    this.parts = [];
    this.chars = 0;
    return text;
  }
}
