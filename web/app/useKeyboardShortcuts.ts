import { useEffect } from 'react';
import { useUiStore, toggleLanguage, toggleDashboard, toggleHelp, selectRow, setDashboardOpen } from '../stores/uiStore.ts';
import { useViewStore, setTheme, toggleExtrusion, THEMES } from '../stores/viewStore.ts';
import { flyToBounds, setPitch } from '../map/mapInstance.ts';
import { homeBounds } from '../map/homeBounds.ts';

function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'SELECT', 'TEXTAREA'].includes(target.tagName));
}

/** / search, L language, 1–5 themes, E extrusion, D dashboard, Home whole zone, Esc close, ? help, Ctrl+Z / Ctrl+Shift+Z rule edits. */
export function useKeyboardShortcuts(): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      // Ctrl/Cmd+Z and Ctrl/Cmd+Shift+Z (or Ctrl+Y) undo and redo rule edits; inside a field the
      // field's own undo applies.
      if ((e.ctrlKey || e.metaKey) && !e.altKey && !isTyping(e.target)) {
        const key = e.key.toLowerCase();
        if (key === 'z' || key === 'y') {
          e.preventDefault();
          void import('./paramsUndo.ts').then((m) => (key === 'y' || e.shiftKey ? m.redoParamEdit() : m.undoParamEdit()));
        }
        return;
      }
      if (e.ctrlKey || e.metaKey || e.altKey) return;
      if (e.key === 'Escape') {
        useUiStore.setState((s) => ({ ...setDashboardOpen(selectRow(s, -1), false), helpOpen: false, issuesOpen: false }));
        return;
      }
      if (isTyping(e.target)) return;
      const themeIndex = Number(e.key) - 1;
      if (themeIndex >= 0 && themeIndex < THEMES.length) {
        useViewStore.setState((s) => setTheme(s, THEMES[themeIndex]));
      } else if (e.key === '/') {
        e.preventDefault();
        document.getElementById('search-input')?.focus();
      } else if (e.key === 'l' || e.key === 'L') {
        useUiStore.setState(toggleLanguage);
      } else if (e.key === 'e' || e.key === 'E') {
        useViewStore.setState(toggleExtrusion);
        setPitch(useViewStore.getState().extrusion === 'none' ? 0 : 50);
      } else if (e.key === 'd' || e.key === 'D') {
        useUiStore.setState(toggleDashboard);
      } else if (e.key === 'Home') {
        flyToBounds(homeBounds(), 12);
      } else if (e.key === '?') {
        useUiStore.setState(toggleHelp);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
