import type { Plugin } from 'vite';
import { allowedHostsOfSetting } from '../config/urlPolicy.ts';

/**
 * The Content-Security-Policy of the built viewer: nothing is fetched, drawn or run from anywhere
 * but the page's own origin, plus the hosts a deployment allows (VITE_PARKTWIN_ALLOWED_HOSTS, the
 * same list the URL policy reads, web/config/urlPolicy.ts) for data, styles and tiles.
 * - worker-src blob:: MapLibre starts its workers from a blob URL; the plots workers are files.
 * - img-src data: blob:: MapLibre decodes tiles and sprites through blobs; the favicon is data:.
 * - connect-src data: blob:: reading a local blob or data URL never leaves the machine.
 * - style-src 'unsafe-inline': MapLibre and React set inline styles (positions, colours).
 * - script-src 'self' only: the bundle evaluates no strings and loads no WebAssembly (checked
 *   2026-12: no `new Function`, `eval` or `WebAssembly` in dist/assets); a library that needs wasm
 *   would need 'wasm-unsafe-eval' here.
 * Only in builds: the dev server injects inline scripts (React refresh) that the policy would block.
 */
export function contentSecurityPolicy(allowedHosts: readonly string[]): string {
  const hosts = allowedHosts.flatMap((h) => [`http://${h}`, `https://${h}`]);
  const withHosts = (...sources: string[]) => [...sources, ...hosts].join(' ');
  return [
    "default-src 'self'",
    "script-src 'self'",
    "worker-src 'self' blob:",
    "child-src 'self' blob:",
    `connect-src ${withHosts("'self'", 'data:', 'blob:')}`,
    `img-src ${withHosts("'self'", 'data:', 'blob:')}`,
    "style-src 'self' 'unsafe-inline'",
    "font-src 'self' data:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
  ].join('; ');
}

/** Adds the policy as a `<meta http-equiv>` to every built HTML page. */
export function contentSecurityPolicyPlugin(): Plugin {
  let policy = contentSecurityPolicy([]);
  return {
    name: 'parktwin-content-security-policy',
    apply: 'build',
    configResolved(config) {
      policy = contentSecurityPolicy(allowedHostsOfSetting(config.env.VITE_PARKTWIN_ALLOWED_HOSTS));
    },
    transformIndexHtml() {
      return [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: policy }, injectTo: 'head-prepend' }];
    },
  };
}
