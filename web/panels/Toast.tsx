import { useEffect } from 'react';
import { useUiStore, showToast } from '../stores/uiStore.ts';

export function Toast() {
  const toast = useUiStore((s) => s.toast);
  useEffect(() => {
    if (!toast) return;
    const timer = setTimeout(() => useUiStore.setState((s) => showToast(s, null)), 2500);
    return () => clearTimeout(timer);
  }, [toast]);
  return toast ? <div className="toast" role="status">{toast}</div> : null;
}
