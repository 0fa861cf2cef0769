import { useTranslation } from 'react-i18next';
import { useProposalStore } from './proposalStore.ts';

/** The top bar's way into proposal mode (the actions load with the mode). */
export function ProposalButton() {
  const { t } = useTranslation();
  const open = useProposalStore((s) => s.open);
  return (
    <button
      className={open ? 'btn active' : 'btn'}
      title={t('proposal.buttonTitle')}
      data-testid="proposal-button"
      onClick={() => void import('./proposalActions.ts').then((m) => (open ? m.closeProposalMode() : m.enterProposalMode(null)))}
    >
      {t('proposal.button')}
    </button>
  );
}
