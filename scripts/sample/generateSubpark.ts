/** All plots of one sub-park: shapes, uses, states, attributes, calibrated economics. */
import type { Feature, Polygon } from 'geojson';
import type { LandUseCategory, PlotProperties } from '../../src/index.ts';
import type { Rng } from './lib/prng.ts';
import type { PlacedPiece } from './outline/placedPiece.ts';
import { PROFILES } from './profiles.ts';
import type { SubparkDef } from './subparkTypes.ts';
import { generatePiecePlots } from './plots/generatePiece.ts';
import type { RawPlot } from './plots/rawPlot.ts';
import { ensureUses } from './plots/ensureUses.ts';
import { calibrateEconomics, type Economics } from './attributes/economics.ts';
import { EDGE_CASES, type EdgeCase } from './attributes/edgeCases.ts';
import { enterpriseName } from './attributes/enterpriseNames.ts';
import { landUseCode } from './attributes/landUseCode.ts';
import { plotAttributes } from './attributes/plotAttributes.ts';
import { plotName } from './attributes/plotNames.ts';
import { plotStates, type PlotState } from './attributes/plotState.ts';

export type PlotFeature = Feature<Polygon, PlotProperties>;

interface Row {
  raw: RawPlot;
  piece: PlacedPiece;
  id: string;
}

/** State and category an edge case needs. */
const EDGE_NEEDS: Readonly<Record<EdgeCase, { state: PlotState; category: LandUseCategory | readonly LandUseCategory[] }>> = {
  far2Mix30Amenity15: { state: 'built', category: 'industrial' },
  rndFar3: { state: 'built', category: 'rnd' },
  vacancy50: { state: 'built', category: ['industrial', 'office', 'rnd'] },
  idleExactlyOneYear: { state: 'notStarted', category: 'industrial' },
  notYetIdle: { state: 'notStarted', category: 'industrial' },
  suspendedExactlyOneYear: { state: 'suspended', category: 'industrial' },
  leapDayStart: { state: 'notStarted', category: 'industrial' },
};

export function generateSubpark(def: SubparkDef, pieces: readonly PlacedPiece[], rng: Rng): PlotFeature[] {
  const profile = PROFILES[def.character];
  const rows: Row[] = [];
  for (const piece of pieces) {
    const raws = generatePiecePlots(piece, profile, rng.fork(`plots/${piece.index}`));
    raws.forEach((raw, k) => rows.push({ raw, piece, id: `${def.code}${String(piece.index + 1).padStart(2, '0')}-${String(k + 1).padStart(4, '0')}` }));
  }
  ensureUses(rows.map((r) => r.raw));

  const states = plotStates(
    rows.map((r) => ({ category: r.raw.category, areaM2: r.raw.areaM2, blockKey: `${r.piece.index}/${r.raw.block}`, farFlung: r.piece.farFlung })),
    def.character,
    def.approvedAreaKm2,
    rng.fork('states'),
  );
  const edges = new Map<number, EdgeCase>();
  for (const edge of EDGE_CASES[def.id] ?? []) {
    const need = EDGE_NEEDS[edge];
    const categories = typeof need.category === 'string' ? [need.category] : need.category;
    const row = rows.findIndex((r, i) => !edges.has(i) && !r.piece.farFlung && categories.includes(r.raw.category) && states[i] === 'built' && r.raw.keptShare === 1);
    if (row < 0) throw new Error(`no plot for edge case ${edge} in ${def.id}`);
    edges.set(row, edge);
    states[row] = need.state;
  }

  const attrRng = rng.fork('attributes');
  const nameSerial = new Map<string, number>();
  let supertallLeft = def.id === 'lujiazui' ? 3 : 0;
  let lastEnterprise = '';
  let lastBlock = '';
  const econs: Economics[] = [];
  const results = rows.map((row, i) => {
    const { raw, piece } = row;
    const supplyOld = attrRng.chance(0.5);
    const code = landUseCode(raw, def.character, piece.legacyCodes && supplyOld, attrRng);
    const nameKey = `${piece.index}/${code}`;
    const serial = (nameSerial.get(nameKey) ?? 0) + 1;
    const name = plotName(raw, code, piece.label, serial);
    if (name) nameSerial.set(nameKey, serial);
    const state = states[i];
    const blockKey = `${piece.index}/${raw.block}`;
    let enterprise: string | undefined;
    if (state !== undefined) {
      enterprise = blockKey === lastBlock && lastEnterprise && attrRng.chance(0.2) ? lastEnterprise : enterpriseName(tradeWord(def, raw.category, attrRng), attrRng);
      lastEnterprise = enterprise;
      lastBlock = blockKey;
    }
    const supertall = supertallLeft > 0 && piece.index === 0 && raw.category === 'office' && raw.areaM2 >= 8_000 && state === 'built';
    if (supertall) supertallLeft--;
    const result = plotAttributes(
      { id: row.id, subparkId: def.id, landUse: code, name, enterprise, raw, piece, character: def.character, state, edge: edges.get(i), supertall },
      attrRng,
    );
    if (result.economics) econs.push(result.economics);
    return result;
  });
  calibrateEconomics(econs, def.calibration.labourProductivity, def.calibration.rdIntensity);

  return results.map((r, i): PlotFeature => {
    const properties = r.properties;
    if (r.economics) {
      const { revenue, tax, valueAdded, rdSpend, employees } = r.economics;
      Object.assign(properties, { revenue, tax, valueAdded, rdSpend, employees });
      if (rdSpend === 0) delete properties.rdSpend;
    }
    return { type: 'Feature', properties, geometry: { type: 'Polygon', coordinates: [rows[i].raw.ring] } };
  });
}

function tradeWord(def: SubparkDef, category: LandUseCategory, rng: Rng): string {
  if (category === 'logistics') return rng.pick(['物流', '供应链管理', '仓储服务']);
  if (category === 'commercial') return rng.pick(['商业管理', '餐饮管理', '酒店管理', '商贸']);
  if (category === 'office') return rng.pick([...def.industryWords.slice(0, 3), '投资管理', '企业管理咨询']);
  return rng.pick(def.industryWords);
}

