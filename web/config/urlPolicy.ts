/**
 * Which URLs the viewer may read data and basemaps from. Offline is enforced here, not promised:
 * only the page's own origin (a path, a relative URL, or the same scheme, host and port), plus the
 * hosts a deployment names at build time in `VITE_PARKTWIN_ALLOWED_HOSTS` (comma-separated
 * `host` or `host:port`, e.g. an intranet tile server). The same list widens the
 * Content-Security-Policy (web/build/contentSecurityPolicy.ts), which blocks everything else.
 */
export interface UrlPolicy {
  /** The page's origin, e.g. `http://127.0.0.1:4173`. */
  origin: string;
  /** Lower-case `host` or `host:port` entries that may be read besides the origin. */
  allowedHosts: readonly string[];
}

/** The deployment setting as a list; blanks and entries with a scheme or path are dropped. */
export function allowedHostsOfSetting(setting: string | undefined): string[] {
  return (setting ?? '')
    .split(',')
    .map((h) => h.trim().toLowerCase())
    .filter((h) => /^[a-z0-9.-]+(:\d{1,5})?$/.test(h));
}

export function defaultUrlPolicy(): UrlPolicy {
  return {
    origin: globalThis.location?.origin ?? 'http://localhost',
    allowedHosts: allowedHostsOfSetting(import.meta.env.VITE_PARKTWIN_ALLOWED_HOSTS),
  };
}

/** The URL as given when the policy allows it (http or https, same origin or an allowed host), else null. */
export function allowedUrl(value: string, policy: UrlPolicy): string | null {
  const trimmed = value.trim();
  if (trimmed === '') return null;
  let url: URL;
  try {
    url = new URL(trimmed, policy.origin + '/');
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  if (url.origin === policy.origin || policy.allowedHosts.includes(url.host.toLowerCase())) return trimmed;
  return null;
}
