import { useEffect } from 'react';
import { useUiStore, showToast } from '../stores/uiStore.ts';

export function Toast() {
  const toast = useUiStore((s) => s.toast);
  useEffect(() => {
    if (!toast) return;
    // Long messages (why a file could not be opened) stay longer.
    const timer = setTimeout(() => useUiStore.setState((s) => showToast(s, null)), Math.max(2500, toast.length * 60));
    return () => clearTimeout(timer);
  }, [toast]);
  return toast ? <div className="toast" role="status" data-testid="toast">{toast}</div> : null;
}
