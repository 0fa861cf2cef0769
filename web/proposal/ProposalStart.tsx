import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDataStore } from '../stores/dataStore.ts';
import { useUiStore, showToast } from '../stores/uiStore.ts';
import { useProposalStore } from './proposalStore.ts';
import { openProposalFile, openSavedProposal, startNewProposal, startSuggestedProposal } from './proposalActions.ts';
import { SAMPLE_PROPOSALS, fetchSampleProposal } from './proposalFile.ts';
import { ProposalList } from './ProposalList.tsx';

/** The start page of proposal mode: a new proposal for a sub-park, a sample, an import, or a saved one. */
export function ProposalStart() {
  const { t } = useTranslation();
  const subparks = useDataStore((s) => s.subparks);
  const language = useUiStore((s) => s.language);
  const saved = useProposalStore((s) => s.saved);
  const startSubparkId = useProposalStore((s) => s.startSubparkId);
  const [subparkId, setSubparkId] = useState(startSubparkId ?? '');
  const fileInput = useRef<HTMLInputElement>(null);
  // The samples are listed by their own titles (read once from the files), by file name until then.
  const [sampleTitles, setSampleTitles] = useState<Record<string, string>>({});
  useEffect(() => {
    let live = true;
    for (const name of SAMPLE_PROPOSALS) {
      fetchSampleProposal(name).then(
        (json) => {
          const title = (json as { title?: unknown } | null)?.title;
          if (live && typeof title === 'string' && title) setSampleTitles((titles) => ({ ...titles, [name]: title }));
        },
        () => undefined, // Said when the user opens it (the click's own fetch reports the failure).
      );
    }
    return () => {
      live = false;
    };
  }, []);
  const list = subparks?.subparks ?? [];
  const chosen = subparkId || list[0]?.id || '';
  const nameOf = (id: string) => {
    const s = subparks?.byId.get(id);
    return s ? (language === 'zh' ? s.name : s.nameEn) : id;
  };
  return (
    <div className="proposal-start" data-testid="proposal-start">
      <p className="muted">{t('proposal.startHint')}</p>
      <section>
        <label>
          {t('proposal.subpark')}{' '}
          <select value={chosen} onChange={(e) => setSubparkId(e.target.value)} data-testid="proposal-subpark-select">
            {list.map((s) => (
              <option key={s.id} value={s.id}>{nameOf(s.id)}</option>
            ))}
          </select>
        </label>
        <button className="btn primary" disabled={!chosen} onClick={() => void startNewProposal(chosen, nameOf(chosen))} data-testid="proposal-new">
          {t('proposal.newProposal')}
        </button>{' '}
        <button
          className="btn"
          disabled={!chosen}
          title={t('proposal.suggestTitle')}
          onClick={() =>
            void startSuggestedProposal(chosen, nameOf(chosen)).then(
              ({ balanced, changes }) => useUiStore.setState((s) => showToast(s, changes === 0 ? t('proposal.suggestEmpty') : balanced ? t('proposal.suggestBalanced') : t('proposal.suggestUnbalanced'))),
              (e: unknown) => useUiStore.setState((s) => showToast(s, String(e))),
            )
          }
          data-testid="proposal-suggest"
        >
          {t('proposal.suggest')}
        </button>
        {!list.length && <p className="warn">{t('proposal.needsSubparks')}</p>}
      </section>
      <section>
        <h4>{t('proposal.samples')}</h4>
        <ul className="plain">
          {SAMPLE_PROPOSALS.map((name) => (
            <li key={name}>
              <button
                className="link"
                data-testid={`proposal-sample-${name.split('.')[0]}`}
                onClick={() =>
                  void fetchSampleProposal(name).then(openProposalFile, (e: unknown) => useUiStore.setState((s) => showToast(s, String(e))))
                }
              >
                {sampleTitles[name] ?? name.split('.')[0]}
              </button>
            </li>
          ))}
        </ul>
        <button className="btn" onClick={() => fileInput.current?.click()} data-testid="proposal-import">{t('proposal.importFile')}</button>
        <input ref={fileInput} type="file" accept=".json,application/json" hidden data-testid="proposal-import-input" onChange={(e) => void importFile(e.target.files?.[0])} />
      </section>
      <section>
        <h4>{t('proposal.saved')}</h4>
        {saved.length ? <ProposalList saved={saved} onOpen={(id) => void openSavedProposal(id)} /> : <p className="muted">{t('proposal.noneSaved')}</p>}
      </section>
    </div>
  );
}

/** Reads a chosen file as a proposal (readProposal validates it; a file that is not one is said). */
export async function importFile(file: File | undefined): Promise<void> {
  if (!file) return;
  let json: unknown;
  try {
    json = JSON.parse((await file.text()).replace(/^\uFEFF/, ''));
  } catch (error) {
    useUiStore.setState((s) => showToast(s, `${file.name}: ${error instanceof Error ? error.message : String(error)}`));
    return;
  }
  openProposalFile(json);
}
