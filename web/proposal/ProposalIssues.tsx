import { useTranslation } from 'react-i18next';
import type { ProposalIssue } from '../../src/index.ts';

/** Problems of the proposal (each with its change), the plot ids the loaded plots lack, a baseline mismatch. */
export function ProposalIssues({ issues, unknownPlotIds, baselineMismatch }: { issues: ProposalIssue[]; unknownPlotIds: string[]; baselineMismatch: boolean }) {
  const { t } = useTranslation();
  if (!issues.length && !unknownPlotIds.length && !baselineMismatch) return null;
  return (
    <div className="proposal-issues" data-testid="proposal-issues">
      {baselineMismatch && <p className="warn" data-testid="proposal-baseline-mismatch">⚠ {t('proposal.baselineMismatch')}</p>}
      {unknownPlotIds.length > 0 && (
        <div className="warn" data-testid="proposal-unknown-plots">
          {t('proposal.unknownPlots', { n: unknownPlotIds.length })}
          <ul className="plot-ids">{unknownPlotIds.map((id) => <li key={id}>{id}</li>)}</ul>
        </div>
      )}
      {issues.length > 0 && (
        <details open={issues.some((i) => i.severity === 'error')}>
          <summary>{t('proposal.issues', { n: issues.length })}</summary>
          <ul>
            {issues.map((i, k) => (
              <li key={k} className={i.severity === 'error' ? 'error' : 'warn'}>
                {i.change >= 0 ? `#${i.change + 1} ` : ''}{i.id ? `${i.id}: ` : ''}{i.message}
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}
