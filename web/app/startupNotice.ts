import type { TFunction } from 'i18next';

/**
 * The notice shown once the UI is up when the address asked for something the viewer would not
 * do: link parts it ignored (linkState.ts) and data or basemap URLs the URL policy refused
 * (urlPolicy.ts). Null when there is nothing to say.
 */
export function startupNoticeOf(t: TFunction, rejectedLinkParts: readonly string[], refusedUrls: readonly string[]): string | null {
  const lines: string[] = [];
  if (rejectedLinkParts.length) lines.push(t('trust.linkIgnored', { parts: rejectedLinkParts.join(', ') }));
  if (refusedUrls.length) lines.push(t('trust.urlRefused', { urls: refusedUrls.join(', ') }));
  return lines.length ? lines.join('\n') : null;
}
