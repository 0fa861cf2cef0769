import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Proposal } from '../../src/index.ts';
import { pendingLandSet, useProposalStore } from './proposalStore.ts';
import { editProposal } from './proposalActions.ts';
import { landAdded, nextNewLandId } from './proposalUpdaters.ts';

/** Land drawn on the map becomes an add change once given its §4 attributes (id, land use, name). */
export function NewLandForm({ proposal }: { proposal: Proposal }) {
  const { t } = useTranslation();
  const pending = useProposalStore((s) => s.pendingLand);
  const [id, setId] = useState('');
  const [landUse, setLandUse] = useState('100101');
  const [name, setName] = useState('');
  if (!pending) return null;
  const shownId = id || nextNewLandId(proposal);
  return (
    <form
      className="new-land"
      data-testid="proposal-new-land"
      onSubmit={(e) => {
        e.preventDefault();
        const feature = newLandFeature(pending, { id: shownId, landUse, name, subparkId: proposal.subparkId ?? null });
        editProposal((p, now) => landAdded(p, feature, now));
        useProposalStore.setState((s) => pendingLandSet(s, null));
        setId('');
        setName('');
      }}
    >
      <strong>{t('proposal.newLand')}</strong>
      <label>{t('proposal.landId')}<input value={shownId} onChange={(e) => setId(e.target.value)} required /></label>
      <label>{t('proposal.landUse')}<input value={landUse} onChange={(e) => setLandUse(e.target.value)} required /></label>
      <label>{t('proposal.landName')}<input value={name} onChange={(e) => setName(e.target.value)} /></label>
      <button className="btn primary" type="submit" data-testid="proposal-new-land-add">{t('proposal.addLand')}</button>
      <button className="btn" type="button" onClick={() => useProposalStore.setState((s) => pendingLandSet(s, null))}>{t('proposal.cancel')}</button>
    </form>
  );
}

/** The drawn polygon with the §4 properties of new land in the proposal's sub-park. */
export function newLandFeature(
  drawn: GeoJSON.Feature<GeoJSON.Polygon>,
  attrs: { id: string; landUse: string; name: string; subparkId: string | null },
): GeoJSON.Feature<GeoJSON.Polygon> {
  const properties: Record<string, unknown> = { id: attrs.id, subparkId: attrs.subparkId, landUse: attrs.landUse };
  if (attrs.name.trim()) properties.name = attrs.name.trim();
  return { type: 'Feature', geometry: drawn.geometry, properties };
}
