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
  const label = (id: string) => (id === ZONE_ROW ? t('proposal.zoneRow') : subparkLabel(id, subparks, language, t('proposal.outside')));
  const signed = (x: number) => `${x > 0 ? '+' : ''}${m2(x)}`;
  // Transposed (one column per sub-park touched, the zone last) so the figures fit the panel.
  const lines: { key: string; cell: (r: LedgerRow) => string; className?: (r: LedgerRow) => string }[] = [
    { key: 'before', cell: (r) => m2(r.beforeM2) },
    { key: 'out', cell: (r) => `${m2(r.outM2)} (${r.plotsOut})` },
    { key: 'in', cell: (r) => `${m2(r.inM2)} (${r.plotsIn})` },
    { key: 'after', cell: (r) => m2(r.afterM2) },
    { key: 'delta', cell: (r) => signed(r.deltaM2), className: (r) => (r.deltaM2 > 0 ? 'up' : r.deltaM2 < 0 ? 'down' : '') },
    { key: 'approved', cell: (r) => (r.approvedAreaKm2 !== undefined ? `${fixedText(r.approvedAreaKm2, language, 2)} km²` : '—') },
  ];
  return (
    <table className="ledger" data-testid="proposal-ledger">
      <thead>
        <tr>
          <th />
          {ledger.map((r) => (
            <th
              key={r.subparkId}
              className={`${r.subparkId === ZONE_ROW ? 'zone-col' : ''} ${broken.has(r.subparkId) ? 'violation' : ''}`}
              data-subpark={r.subparkId}
              data-ledger={JSON.stringify(r)}
            >
              {label(r.subparkId)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {lines.map((line) => (
          <tr key={line.key} className={`line-${line.key}`}>
            <th scope="row">{t(`proposal.col.${line.key}`)}</th>
            {ledger.map((r) => (
              <td key={r.subparkId} className={`${line.className?.(r) ?? ''} ${r.subparkId === ZONE_ROW ? 'zone-col' : ''} ${broken.has(r.subparkId) && line.key === 'delta' ? 'violation' : ''}`}>
                {line.cell(r)}
              </td>
            ))}
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
