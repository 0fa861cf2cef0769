import { useTranslation } from 'react-i18next';
import type { SubparkIndicators } from '../../src/index.ts';
import { decimalText, fixedText, percentText } from '../format/numbers.ts';
import { useUiStore } from '../stores/uiStore.ts';
import type { Language } from '../i18n/index.ts';
import type { ProposalFigures } from '../worker/proposalProtocol.ts';
import { indicatorsOf } from '../format/indicatorsOf.ts';

interface FigureRow {
  key: string;
  value: (s: SubparkIndicators) => number | null;
  text: (v: number | null, language: Language) => string;
  /** +1 when a larger value is better, -1 when smaller is, 0 when neither. */
  better: 1 | -1 | 0;
}

const flagTotal = (s: SubparkIndicators) => Object.values(s.flagCounts).reduce((a, b) => a + b, 0);

export const FIGURE_ROWS: readonly FigureRow[] = [
  { key: 'plots', value: (s) => s.plotCount, text: (v, l) => decimalText(v, l, 0), better: 0 },
  { key: 'area', value: (s) => s.areaM2 / 10_000, text: (v, l) => fixedText(v, l, 2), better: 0 },
  { key: 'blocks', value: (s) => s.blockCount, text: (v, l) => decimalText(v, l, 0), better: -1 },
  { key: 'mainShare', value: (s) => s.mainBlockShare, text: (v, l) => percentText(v, l, 1), better: 1 },
  { key: 'flags', value: flagTotal, text: (v, l) => decimalText(v, l, 0), better: -1 },
  { key: 'far', value: (s) => s.farIndustrial.value, text: (v, l) => fixedText(v, l, 2), better: 1 },
  { key: 'outputPerMu', value: (s) => s.outputPerMu.value, text: (v, l) => decimalText(v, l, 1), better: 1 },
  { key: 'rdIntensity', value: (s) => s.rdIntensity.value, text: (v, l) => percentText(v, l, 2), better: 1 },
];

/** Before and after, side by side, for one sub-park (or the zone's total row): the arrow gives the direction, green/red whether it is better. */
export function FiguresTable({ before, after, subparkId }: { before: ProposalFigures; after: ProposalFigures; subparkId: string | null }) {
  const { t } = useTranslation();
  const language = useUiStore((s) => s.language);
  const b = indicatorsOf(before, subparkId);
  const a = indicatorsOf(after, subparkId);
  return (
    <table className="figures" data-testid="proposal-figures">
      <thead>
        <tr>
          <th />
          <th>{t('proposal.viewBefore')}</th>
          <th>{t('proposal.viewAfter')}</th>
        </tr>
      </thead>
      <tbody>
        {FIGURE_ROWS.map((row) => {
          const vb = b ? row.value(b) : null;
          const va = a ? row.value(a) : null;
          const trend = vb === null || va === null || row.better === 0 || va === vb ? '' : (va - vb) * row.better > 0 ? 'better' : 'worse';
          return (
            <tr key={row.key} data-figure={row.key}>
              <th scope="row">{t(`proposal.figure.${row.key}`)}</th>
              <td>{row.text(vb, language)}</td>
              <td className={trend}>{row.text(va, language)}{vb !== null && va !== null && va !== vb ? (va > vb ? ' ↑' : ' ↓') : ''}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
