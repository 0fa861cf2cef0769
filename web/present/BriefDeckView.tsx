import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { useDeckStore } from './deckStore.ts';
import { MetricCards } from './MetricCards.tsx';
import type { BriefPage } from './briefPages.ts';

function Page({ page, index, count }: { page: BriefPage; index: number; count: number }) {
  const { t } = useTranslation();
  return (
    <section className="brief-page" data-testid="brief-page">
      <header className="brief-head">
        <h1>{page.title}</h1>
        <p>{page.subtitle}</p>
      </header>
      <div className="brief-body">
        <figure className="brief-map">
          <img src={page.imageUrl} alt={page.title} />
          {page.caption && <figcaption>{page.caption}</figcaption>}
        </figure>
        <div className="brief-side">
          <h2>{t('present.figures')}</h2>
          <MetricCards cards={page.cards} className="metric-cards brief-cards" />
          <h2>{t('dashboard.flagCounts')}</h2>
          <ul className="brief-flags">
            {page.flagCounts.map((f) => (
              <li key={f.label}><span className="swatch" style={{ background: f.color }} />{f.label}<b>{f.count}</b></li>
            ))}
          </ul>
          {page.moved ? (
            <>
              <h2>{t('present.movedTop', { n: page.moved.length, total: page.movedTotal })}</h2>
              <table className="brief-table" data-testid="brief-moved"><tbody>{page.moved.map((m) => <tr key={m.id}><td>{m.id}</td><td>{m.change}</td><td className="num">{m.area}</td></tr>)}</tbody></table>
            </>
          ) : (
            <>
              <h2>{t('present.removalTop', { n: page.removal.length, total: page.removalTotal })}</h2>
              {page.removal.length ? (
                <table className="brief-table"><tbody>{page.removal.map((r) => <tr key={r.id}><td>{r.id}</td><td>{r.name}</td><td className="num">{r.area}</td></tr>)}</tbody></table>
              ) : <p className="muted">{t('present.none')}</p>}
            </>
          )}
          <h2>{t('present.groupsTop', { n: page.groups.length, total: page.groupTotal })}</h2>
          {page.groups.length ? (
            <table className="brief-table"><tbody>{page.groups.map((g) => <tr key={g.id}><td>{g.id}</td><td className="num">{t('present.plotsN', { n: g.plots })}</td><td className="num">{g.area}</td></tr>)}</tbody></table>
          ) : <p className="muted">{t('present.none')}</p>}
        </div>
      </div>
      <footer className="brief-foot"><span>{page.footer}</span><span>{index + 1} / {count}</span></footer>
    </section>
  );
}

/** The briefing as A4-landscape pages: printed to PDF (print stylesheet), or shown for the `brief` command. */
export function BriefDeckView() {
  const deck = useDeckStore((s) => s.deck);
  const onScreen = useDeckStore((s) => s.onScreen);
  if (!deck) return null;
  // Outside the app's element, so the print stylesheet can hide the whole app and keep the pages.
  return createPortal(
    <div className={onScreen ? 'brief-deck on-screen' : 'brief-deck'} data-testid="brief-deck" lang={deck.language === 'zh' ? 'zh-CN' : 'en'}>
      {deck.pages.map((p, i) => <Page key={p.id} page={p} index={i} count={deck.pages.length} />)}
    </div>,
    document.body,
  );
}
