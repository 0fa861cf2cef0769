import { useTranslation } from 'react-i18next';
import { useStoryStore } from './storyStore.ts';
import { nextSlide, presentationEnded, previousSlide } from './storyUpdaters.ts';
import { useSlideFigures } from './useSlideFigures.ts';
import { MetricCards } from './MetricCards.tsx';
import { useAnalysisStore } from '../stores/analysisStore.ts';

/** What the room sees over the full-screen map: the slide's title and caption, its figures, where we are. */
export function PresentationMode() {
  const { t } = useTranslation();
  const presenting = useStoryStore((s) => s.presenting);
  const slide = useStoryStore((s) => s.story.slides[s.index] ?? null);
  const index = useStoryStore((s) => s.index);
  const count = useStoryStore((s) => s.story.slides.length);
  const asOf = useAnalysisStore((s) => s.result?.asOf ?? s.asOf);
  const { cards } = useSlideFigures(slide?.subparkId ?? null);
  if (!presenting || !slide) return null;
  return (
    <div className="presentation" data-testid="presentation">
      <header className="presentation-head">
        <h1 data-testid="slide-title">{slide.title}</h1>
        {slide.caption && <p className="presentation-caption" data-testid="slide-caption">{slide.caption}</p>}
      </header>
      <aside className="presentation-figures">
        <MetricCards cards={cards} />
      </aside>
      <footer className="presentation-foot">
        <span>{t('present.asOf', { date: asOf })}</span>
        <span className="presentation-nav">
          <button onClick={() => useStoryStore.setState(previousSlide)} aria-label={t('present.previous')}>‹</button>
          <span data-testid="slide-counter">{index + 1} / {count}</span>
          <button onClick={() => useStoryStore.setState(nextSlide)} aria-label={t('present.next')}>›</button>
          <button onClick={() => useStoryStore.setState(presentationEnded)} data-testid="presentation-exit">{t('present.exit')}</button>
        </span>
      </footer>
    </div>
  );
}
