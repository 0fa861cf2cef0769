import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useUiStore, showToast } from '../stores/uiStore.ts';
import { useStoryStore } from './storyStore.ts';
import { editorToggled, presentationStarted, slideAdded, slideEdited, slideMoved, slideRemoved, storyReplaced, storyRetitled } from './storyUpdaters.ts';
import { slideOfCurrentView } from './captureView.ts';
import { currentDefaultStory } from './useStoryLifecycle.ts';
import { useDeckStore } from './deckStore.ts';

function toastError(error: unknown): void {
  useUiStore.setState((s) => showToast(s, error instanceof Error ? error.message : String(error)));
}

/** The story editor: save the view as a slide, reorder, retitle and caption, import/export, and the exports. */
export function StoryEditor() {
  const { t } = useTranslation();
  const open = useStoryStore((s) => s.editorOpen);
  const story = useStoryStore((s) => s.story);
  const isDefault = useStoryStore((s) => s.isDefault);
  const progress = useDeckStore((s) => s.progress);
  const [errors, setErrors] = useState<string[]>([]);
  const [pixelRatio, setPixelRatio] = useState(2);
  const fileInput = useRef<HTMLInputElement>(null);
  if (!open) return null;

  const saveView = () => {
    const slide = slideOfCurrentView(story.slides, t('present.viewN', { n: story.slides.length + 1 }));
    if (slide) useStoryStore.setState((s) => slideAdded(s, slide));
  };
  const onImport = async (file: File | undefined) => {
    if (!file) return;
    const { importStoryFile } = await import('./storyFile.ts');
    const read = await importStoryFile(file);
    if ('errors' in read) setErrors(read.errors);
    else {
      setErrors([]);
      useStoryStore.setState((s) => storyReplaced(s, read.story, false));
    }
  };
  const exportPng = async () => {
    const { exportMapPng } = await import('./mapImage.ts');
    const slide = useStoryStore.getState().presenting ? story.slides[useStoryStore.getState().index] : null;
    // Outside a presentation the picture is titled after the sub-park in view (highlighted or filtered alone), else the zone.
    const title = slide?.title ?? slideOfCurrentView([], t('present.zoneTitle'))?.title ?? t('present.zoneTitle');
    await exportMapPng(pixelRatio, title, slide?.caption ?? '').catch(toastError);
  };
  const exportDeck = async (kind: 'pdf' | 'pptx') => {
    const actions = await import('./deckActions.ts');
    await (kind === 'pdf' ? actions.printStory(story) : actions.exportStoryPptx(story)).catch(toastError);
  };

  return (
    <div className="story-editor" role="dialog" aria-label={t('present.story')} data-testid="story-editor">
      <div className="row-between">
        <input className="story-title" value={story.title} onChange={(e) => useStoryStore.setState((s) => storyRetitled(s, e.target.value))} aria-label={t('present.storyTitleLabel')} />
        <button className="link" onClick={() => useStoryStore.setState((s) => editorToggled(s, false))} aria-label={t('present.close')}>✕</button>
      </div>
      <p className="muted small">{isDefault ? t('present.defaultHint') : t('present.savedHint')}</p>
      <div className="row-gap wrap">
        <button className="btn" onClick={saveView} data-testid="save-view">{t('present.saveView')}</button>
        <button className="btn" onClick={() => useStoryStore.setState((s) => presentationStarted(s, 0))} data-testid="play-story">▶ {t('present.play')}</button>
        {!isDefault && <button className="btn" onClick={() => useStoryStore.setState((s) => storyReplaced(s, currentDefaultStory(), true))}>{t('present.resetDefault')}</button>}
      </div>
      <ol className="slide-list" data-testid="slide-list">
        {story.slides.map((slide, i) => (
          <li key={slide.id}>
            <div className="row-between">
              <input value={slide.title} onChange={(e) => useStoryStore.setState((s) => slideEdited(s, slide.id, { title: e.target.value }))} aria-label={t('present.slideTitle')} />
              <span className="slide-actions">
                <button className="link" onClick={() => useStoryStore.setState((s) => presentationStarted(s, i))} title={t('present.playFrom')}>▶</button>
                <button className="link" disabled={i === 0} onClick={() => useStoryStore.setState((s) => slideMoved(s, slide.id, -1))} title={t('present.up')}>↑</button>
                <button className="link" disabled={i === story.slides.length - 1} onClick={() => useStoryStore.setState((s) => slideMoved(s, slide.id, 1))} title={t('present.down')}>↓</button>
                <button className="link" onClick={() => useStoryStore.setState((s) => slideRemoved(s, slide.id))} title={t('present.delete')}>✕</button>
              </span>
            </div>
            {slide.proposal && <p className="muted small slide-proposal" data-testid="slide-proposal">{t('present.slideProposal', { title: slide.proposal.title })}</p>}
            <textarea value={slide.caption} placeholder={t('present.captionPlaceholder')} rows={2} onChange={(e) => useStoryStore.setState((s) => slideEdited(s, slide.id, { caption: e.target.value }))} aria-label={t('present.caption')} />
          </li>
        ))}
      </ol>
      <div className="row-gap wrap">
        <button className="btn small" onClick={() => fileInput.current?.click()}>{t('present.import')}</button>
        <button className="btn small" onClick={() => void import('./storyFile.ts').then((m) => m.exportStoryJson(story))} data-testid="export-story">{t('present.exportJson')}</button>
        <input ref={fileInput} type="file" accept=".json,application/json" hidden onChange={(e) => void onImport(e.target.files?.[0])} data-testid="import-story" />
      </div>
      {errors.length > 0 && (
        <div className="error small" data-testid="story-errors">
          <p>{t('present.importFailed')}</p>
          <ul>{errors.slice(0, 20).map((e) => <li key={e}>{e}</li>)}</ul>
        </div>
      )}
      <h3>{t('present.exports')}</h3>
      <div className="row-gap wrap">
        <label className="small">{t('present.pixelRatio')} <select value={pixelRatio} onChange={(e) => setPixelRatio(Number(e.target.value))} data-testid="png-ratio">{[1, 2, 3].map((r) => <option key={r} value={r}>{r}×</option>)}</select></label>
        <button className="btn small" onClick={() => void exportPng()} data-testid="export-png">{t('present.exportPng')}</button>
        <button className="btn small" disabled={!!progress} onClick={() => void exportDeck('pdf')} data-testid="export-pdf">{t('present.exportPdf')}</button>
        <button className="btn small" disabled={!!progress} onClick={() => void exportDeck('pptx')} data-testid="export-pptx">{t('present.exportPptx')}</button>
      </div>
      {progress && <p className="small" data-testid="deck-progress">{t('present.building', { done: progress.done, total: progress.total })}</p>}
    </div>
  );
}
