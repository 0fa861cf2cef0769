import { useTranslation } from 'react-i18next';
import { useStoryStore } from './storyStore.ts';
import { editorToggled, presentationStarted } from './storyUpdaters.ts';

/** Top-bar entries: start the presentation (also P or F5) and open the story editor. */
export function PresentButtons() {
  const { t } = useTranslation();
  const editorOpen = useStoryStore((s) => s.editorOpen);
  return (
    <>
      <button className="btn" onClick={() => useStoryStore.setState((s) => presentationStarted(s, 0))} title={t('present.playHint')} data-testid="present-button">▶ {t('present.play')}</button>
      <button className={editorOpen ? 'btn active' : 'btn'} onClick={() => useStoryStore.setState((s) => editorToggled(s))} data-testid="story-button">{t('present.story')}</button>
    </>
  );
}
