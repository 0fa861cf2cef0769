const MAX_CHARS = 60;

function truncated(text: string): string {
  return text.length > MAX_CHARS ? `${text.slice(0, MAX_CHARS - 1)}…` : text;
}

/**
 * A short, safe rendering of an untrusted value for an issue message: strings quoted and
 * truncated, arrays by length, objects by their first keys. Never serialises a whole object, so a
 * huge or odd value cannot make a message long or slow.
 */
export function describeValue(value: unknown): string {
  if (typeof value === 'string') return truncated(JSON.stringify(value));
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  if (value === null) return 'null';
  if (value === undefined) return 'undefined';
  if (Array.isArray(value)) return `an array of ${value.length}`;
  if (typeof value === 'object') {
    const keys: string[] = [];
    for (const key in value) {
      if (keys.length === 3) {
        keys.push('…');
        break;
      }
      keys.push(key);
    }
    return truncated(`an object {${keys.join(', ')}}`);
  }
  return typeof value;
}
