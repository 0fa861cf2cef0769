import { useTranslation } from 'react-i18next';
import { ZONE_ROW, type BalanceResult, type LedgerRow } from '../../src/index.ts';
import { fixedText } from '../format/numbers.ts';
import { useUiStore } from '../stores/uiStore.ts';
import { useDataStore } from '../stores/dataStore.ts';
import { subparkLabel } from '../format/subparkLabel.ts';

/**
 * The area-balance ledger (§8) as the worker computed it: one row per sub-park touched, then the
 * zone. Each cell carries its exact figure in a data attribute (the browser test compares them with
 * the CLI's `propose` output); rows that break the rule are marked.
 */
export function LedgerTable({ ledger, balance }: { ledger: LedgerRow[]; balance: BalanceResult }) {
  const { t } = useTranslation();
  const language = useUiStore((s) => s.language);
  const subparks = useDataStore((s) => s.subparks);
  const broken = new Set(balance.violations.map((v) => v.subparkId));
  const m2 = (x: number) => fixedText(x, language, 2);
  return (
    <table className="ledger" data-testid="proposal-ledger">
      <thead>
        <tr>
          <th>{t('proposal.col.subpark')}</th>
          <th>{t('proposal.col.before')}</th>
          <th>{t('proposal.col.out')}</th>
          <th>{t('proposal.col.in')}</th>
          <th>{t('proposal.col.after')}</th>
          <th>{t('proposal.col.delta')}</th>
          <th>{t('proposal.col.approved')}</th>
        </tr>
      </thead>
      <tbody>
        {ledger.map((r) => (
          <tr
            key={r.subparkId}
            className={`${r.subparkId === ZONE_ROW ? 'zone-row' : ''} ${broken.has(r.subparkId) ? 'violation' : ''}`}
            data-subpark={r.subparkId}
            data-ledger={JSON.stringify(r)}
          >
            <th scope="row">{r.subparkId === ZONE_ROW ? t('proposal.zoneRow') : subparkLabel(r.subparkId, subparks, language, t('proposal.outside'))}</th>
            <td>{m2(r.beforeM2)}</td>
            <td>{m2(r.outM2)}<small> ({r.plotsOut})</small></td>
            <td>{m2(r.inM2)}<small> ({r.plotsIn})</small></td>
            <td>{m2(r.afterM2)}</td>
            <td className={r.deltaM2 > 0 ? 'up' : r.deltaM2 < 0 ? 'down' : ''}>{r.deltaM2 > 0 ? '+' : ''}{m2(r.deltaM2)}</td>
            <td>{r.approvedAreaKm2 !== undefined ? `${fixedText(r.approvedAreaKm2, language, 2)} km²` : '—'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The balance rule in force and whether it holds. */
export function BalanceBadge({ balance }: { balance: BalanceResult }) {
  const { t } = useTranslation();
  return (
    <div className={balance.ok ? 'balance ok' : 'balance broken'} data-testid="proposal-balance" data-ok={balance.ok ? '1' : '0'}>
      <strong>{t('proposal.balance')}：{balance.ok ? t('proposal.holds') : t('proposal.broken')}</strong>
      <span className="muted">
        {t('proposal.balanceRule', { scope: t(`proposal.scope.${balance.scope}`), mode: t(`proposal.mode.${balance.mode}`), tolerance: balance.toleranceM2 })}
      </span>
    </div>
  );
}
