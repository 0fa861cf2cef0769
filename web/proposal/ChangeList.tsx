import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Proposal } from '../../src/index.ts';
import { editProposal } from './proposalActions.ts';
import { addedIdOf, changeDropped, reasonSet, withoutPlots } from './proposalUpdaters.ts';

/**
 * Plot ids listed per change: a box or lasso can name thousands of plots, and a list item with a
 * button per plot would cost the page seconds; the count is always shown, the rest as "… N more".
 */
export const IDS_LISTED = 200;

/**
 * The changes in order: out / in lists (each plot removable), added land, each with its reason.
 * Rendered again only when the changes are (not when an evaluation arrives).
 */
export const ChangeList = memo(function ChangeList({ proposal }: { proposal: Proposal }) {
  const { t } = useTranslation();
  if (!proposal.changes.length) return <p className="muted" data-testid="proposal-no-changes">{t('proposal.noChanges')}</p>;
  return (
    <ol className="change-list" data-testid="proposal-changes">
      {proposal.changes.map((c, index) => {
        if (c.op === 'unreadable') return <li key={index} className="error">#{index + 1} {JSON.stringify(c.raw).slice(0, 120)}</li>;
        const kind = c.op === 'remove' ? 'out' : c.op === 'assign' ? 'in' : 'drawn';
        const label = c.op === 'remove' ? t('proposal.opRemove') : c.op === 'assign' ? t('proposal.opAssign') : t('proposal.opAdd');
        const ids = c.op === 'add' ? [addedIdOf(c) ?? '?'] : c.plotIds;
        return (
          <li key={index} className={`change ${kind}`} data-change={index} data-op={c.op}>
            <div className="change-head">
              <span className={`chip ${kind}`}>{label}</span>
              <span className="muted">{c.op === 'add' ? '' : t('proposal.plotsOfChange', { n: ids.length })}</span>
              <button className="link small" onClick={() => editProposal((p, now) => changeDropped(p, index, now))}>{t('proposal.dropChange')}</button>
            </div>
            <ul className="plot-ids">
              {ids.slice(0, IDS_LISTED).map((id) => (
                <li key={id} data-plot-id={id}>
                  {id}
                  {c.op !== 'add' && (
                    <button className="link small" aria-label={`${t('proposal.dropChange')} ${id}`} onClick={() => editProposal((p, now) => withoutPlots(p, new Set([id]), now))}>×</button>
                  )}
                </li>
              ))}
              {ids.length > IDS_LISTED && <li className="muted">{t('proposalLists.moreIds', { n: ids.length - IDS_LISTED })}</li>}
            </ul>
            <input
              className="reason"
              placeholder={t('proposal.reason')}
              defaultValue={c.reason ?? ''}
              key={`${index}:${c.reason ?? ''}`}
              onBlur={(e) => e.target.value !== (c.reason ?? '') && editProposal((p, now) => reasonSet(p, index, e.target.value, now))}
            />
          </li>
        );
      })}
    </ol>
  );
}, (a, b) => a.proposal.changes === b.proposal.changes);
