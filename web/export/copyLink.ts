import { currentLink } from '../app/applyLinkState.ts';

/** Puts a link restoring the view into the clipboard and the address bar. False when the clipboard refused. */
export async function copyCurrentLink(): Promise<boolean> {
  const link = await currentLink();
  history.replaceState(null, '', link);
  try {
    await navigator.clipboard.writeText(link);
    return true;
  } catch {
    return false;
  }
}
