import i18next from 'i18next';
import { useUiStore, showToast } from '../stores/uiStore.ts';

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Runs a user's action (an export, a download) so that a failure is said, never swallowed: `say`
 * gets the reason. True when it worked.
 */
export async function runOrSay(task: () => Promise<void>, say: (message: string) => void): Promise<boolean> {
  try {
    await task();
    return true;
  } catch (error) {
    say(messageOf(error));
    return false;
  }
}

/** An export that failed, as a toast ("导出失败：…"). */
export function sayExportFailed(message: string): void {
  useUiStore.setState((s) => showToast(s, i18next.t('trust.exportFailed', { message })));
}
