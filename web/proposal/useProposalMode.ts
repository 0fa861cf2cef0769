import { useEffect } from 'react';
import { setPlotClickHandler } from '../map/plotClickRoute.ts';
import { useProposalStore, currentProposal } from './proposalStore.ts';
import { redoProposal, saveNow, togglePlotRow, undoProposal } from './proposalActions.ts';

function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'SELECT', 'TEXTAREA'].includes(target.tagName));
}

/**
 * While a proposal is open: a plot click edits it (with the click tool), Ctrl+Z / Ctrl+Shift+Z
 * undo and redo its edits (before the rule-edit undo, which is registered on window), and leaving
 * the page writes it once more.
 */
export function useProposalMode(): void {
  const editing = useProposalStore((s) => s.open && s.history !== null);
  const tool = useProposalStore((s) => s.tool);
  useEffect(() => {
    if (!editing || tool !== 'click') return;
    setPlotClickHandler((row) => void togglePlotRow(row));
    return () => setPlotClickHandler(null);
  }, [editing, tool]);
  useEffect(() => {
    if (!editing) return;
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.altKey || isTyping(e.target)) return;
      const key = e.key.toLowerCase();
      if (key !== 'z' && key !== 'y') return;
      e.preventDefault();
      e.stopImmediatePropagation();
      if (key === 'y' || e.shiftKey) redoProposal();
      else undoProposal();
    };
    const flush = () => {
      if (currentProposal(useProposalStore.getState())) void saveNow();
    };
    const onVisibility = () => document.visibilityState === 'hidden' && flush();
    // Capture phase on document: runs before the window listener of the rule-edit undo.
    document.addEventListener('keydown', onKey, true);
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      document.removeEventListener('keydown', onKey, true);
      window.removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, [editing]);
}
