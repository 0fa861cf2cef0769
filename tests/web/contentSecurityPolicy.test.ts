import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../../web/build/contentSecurityPolicy.ts';

function directives(policy: string): Map<string, string[]> {
  return new Map(policy.split(';').map((d) => d.trim().split(/\s+/)).map(([name, ...sources]) => [name, sources]));
}

describe('Content-Security-Policy of the built viewer', () => {
  it('allows only the page itself, blob: workers and local data URLs', () => {
    const d = directives(contentSecurityPolicy([]));
    expect(d.get('default-src')).toEqual(["'self'"]);
    expect(d.get('script-src')).toEqual(["'self'"]);
    expect(d.get('worker-src')).toEqual(["'self'", 'blob:']);
    expect(d.get('connect-src')).toEqual(["'self'", 'data:', 'blob:']);
    expect(d.get('img-src')).toEqual(["'self'", 'data:', 'blob:']);
    expect(d.get('object-src')).toEqual(["'none'"]);
  });

  it('adds the hosts a deployment allows to what may be fetched and drawn, and nowhere else', () => {
    const d = directives(contentSecurityPolicy(['tiles.intranet:8080']));
    for (const name of ['connect-src', 'img-src']) {
      expect(d.get(name)).toContain('http://tiles.intranet:8080');
      expect(d.get(name)).toContain('https://tiles.intranet:8080');
    }
    expect(d.get('script-src')).toEqual(["'self'"]);
    expect(d.get('default-src')).toEqual(["'self'"]);
  });
});
