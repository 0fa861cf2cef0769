import { useEffect } from 'react';
import { useStoryStore } from './storyStore.ts';
import { nextSlide, presentationEnded, presentationStarted, previousSlide, slideShown } from './storyUpdaters.ts';

function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'SELECT', 'TEXTAREA'].includes(target.tagName));
}

const NEXT = new Set(['ArrowRight', 'ArrowDown', 'PageDown', ' ', 'Enter']);
const PREVIOUS = new Set(['ArrowLeft', 'ArrowUp', 'PageUp', 'Backspace']);

/**
 * P or F5 starts the story; while presenting, the arrows, PageUp/PageDown (what presentation clickers
 * send), Space, Home and End move through it and Esc leaves. Registered in the capture phase so the
 * viewer's own shortcuts (Home = whole zone, 1–5 themes…) do not also act on these keys.
 */
export function usePresentationKeys(): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey || isTyping(e.target)) return;
      const s = useStoryStore.getState();
      if (!s.presenting) {
        if (e.key === 'F5' || e.key === 'p' || e.key === 'P') {
          e.preventDefault();
          e.stopPropagation();
          useStoryStore.setState((st) => presentationStarted(st, e.shiftKey ? st.index : 0));
        }
        return;
      }
      let handled = true;
      if (NEXT.has(e.key)) useStoryStore.setState(nextSlide);
      else if (PREVIOUS.has(e.key)) useStoryStore.setState(previousSlide);
      else if (e.key === 'Home') useStoryStore.setState((st) => slideShown(st, 0));
      else if (e.key === 'End') useStoryStore.setState((st) => slideShown(st, st.story.slides.length - 1));
      else if (e.key === 'Escape') useStoryStore.setState(presentationEnded);
      else handled = false;
      if (handled) {
        e.preventDefault();
        e.stopPropagation();
      }
    };
    window.addEventListener('keydown', onKey, { capture: true });
    return () => window.removeEventListener('keydown', onKey, { capture: true });
  }, []);
}
