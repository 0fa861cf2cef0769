import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Proposal } from '../../src/index.ts';
import { authorName, editProposal } from './proposalActions.ts';
import { commentAdded } from './proposalUpdaters.ts';

/** The review trail: every comment with author and time; a new one is an edit (saved, undoable). */
export function ProposalComments({ proposal }: { proposal: Proposal }) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  return (
    <div className="comments">
      <ul data-testid="proposal-comments">
        {proposal.comments.map((c, i) => (
          <li key={i}>
            <span className="muted">{c.author} · {c.at.slice(0, 16).replace('T', ' ')}</span>
            <div>{c.text}</div>
          </li>
        ))}
      </ul>
      <div className="comment-form">
        <input value={text} placeholder={t('proposal.commentPlaceholder')} onChange={(e) => setText(e.target.value)} data-testid="proposal-comment-input" />
        <button
          className="btn"
          disabled={!text.trim()}
          onClick={() => {
            editProposal((p, now) => commentAdded(p, authorName(), text, now));
            setText('');
          }}
          data-testid="proposal-comment-add"
        >
          {t('proposal.addComment')}
        </button>
      </div>
    </div>
  );
}
