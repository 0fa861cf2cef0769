import { useTranslation } from 'react-i18next';
import type { SavedProposalSummary } from './proposalDb.ts';

/** The proposals saved in this browser, newest first, with state, author, time and counts. */
export function ProposalList({ saved, onOpen, currentId }: { saved: SavedProposalSummary[]; onOpen: (id: string) => void; currentId?: string }) {
  const { t } = useTranslation();
  return (
    <ul className="proposal-list" data-testid="proposal-list">
      {saved.map((p) => (
        <li key={p.id} className={p.id === currentId ? 'current' : ''} data-proposal-id={p.id}>
          <button className="link" onClick={() => onOpen(p.id)} disabled={p.id === currentId}>
            <strong>{p.title || p.id}</strong>
          </button>
          <span className={`chip state-${p.state}`}>{t(`proposal.states.${p.state}`)}</span>
          <div className="muted small">
            {p.author} · {p.updatedAt.slice(0, 16).replace('T', ' ')} · {t('proposal.changesCount', { n: p.changeCount })}
            {p.commentCount ? ` · 💬${p.commentCount}` : ''}
          </div>
        </li>
      ))}
    </ul>
  );
}
