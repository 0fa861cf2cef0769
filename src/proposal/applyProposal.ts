import type { InputIssue, PlotTable } from '../schema/index.ts';
import type { LandUseTable } from '../landuse/landUseTable.ts';
import { createPlotTableBuilder } from '../validate/plotTableBuilder.ts';
import { appendRows } from './appendRows.ts';
import { plotBoxes } from './plotOverlap.ts';
import { firstOverlapOfAdded, MAX_OVERLAP_M2 } from './addedLand.ts';
import type { AddChange, AssignChange, Proposal, ProposalIssue, RemoveChange } from './proposal.ts';
import { readChange } from './readChange.ts';

/** A plot that changes sub-park; null = outside every sub-park. */
export interface MovedPlot {
  id: string;
  from: string | null;
  to: string | null;
  /** Row in the input table; -1 for land added by the proposal. */
  beforeRow: number;
  /** Row in the resulting table. */
  afterRow: number;
}

export interface ApplyResult {
  /**
   * The plots after the proposal. Rows 0..n-1 are the input's rows in the same order (added land
   * follows), which the ledger relies on. Columns the proposal does not change are shared with the
   * input, not copied: treat both tables as read-only (copy a column before transferring it).
   */
  table: PlotTable;
  /** In change order. */
  moved: MovedPlot[];
  issues: ProposalIssue[];
  /** Indices of the changes applied in full; every other change was skipped (and has an error issue). */
  appliedChanges: number[];
}

export interface ApplyOptions {
  /** sha256 (hex) of the plots file, to compare with the proposal's baseline. */
  plotsSha256?: string;
}

export { MAX_OVERLAP_M2 };
const OUTSIDE = '';

/**
 * Applies a proposal to a plot table (DOMAIN.md §8). Pure: neither input is modified. Every change
 * is checked against the plots; a change with any problem (unknown plot or sub-park, a plot already
 * changed by an earlier change, an invalid, duplicate or overlapping added feature) is reported
 * with its index and skipped as a whole, and the rest still apply.
 */
export function applyProposal(
  table: PlotTable,
  proposal: Proposal,
  landUse: LandUseTable,
  knownSubparkIds: Iterable<string>,
  options: ApplyOptions = {},
): ApplyResult {
  const issues: ProposalIssue[] = [];
  checkBaseline(table, proposal, options, issues);
  const known = new Set<string>(knownSubparkIds);
  for (const key of table.subparkKeys) if (key !== OUTSIDE) known.add(key);
  const rowById = rowsOfReferencedIds(table, proposal);

  const subparkKeys = table.subparkKeys.slice();
  const keyIndex = new Map(subparkKeys.map((k, i) => [k, i]));
  const indexOfKey = (key: string): number => {
    let s = keyIndex.get(key);
    if (s === undefined) {
      s = subparkKeys.length;
      subparkKeys.push(key);
      keyIndex.set(key, s);
    }
    return s;
  };
  const subparkIndex = table.subparkIndex.slice();
  const changedBy = new Map<string, number>();
  const moved: MovedPlot[] = [];
  const appliedChanges: number[] = [];
  const added: PlotTable[] = [];
  let boxes: Float64Array | null = null;
  const nextSourceIndex = table.count === 0 ? 0 : maxOf(table.sourceIndex) + 1;

  proposal.changes.forEach((raw, index) => {
    // Re-read: a proposal built in code (or edited after reading) gets the same checks as a file.
    const read = raw.op === 'unreadable' ? readChange(raw.raw, index) : readChange(raw, index);
    if (!read.change) {
      issues.push(...read.issues);
      return;
    }
    issues.push(...read.issues.filter((i) => i.severity === 'warning'));
    const change = read.change;
    const errors: ProposalIssue[] = [];
    const error = (code: string, field: string | null, message: string, id: string | null = null) =>
      errors.push({ change: index, id, severity: 'error', code, field, message });

    if (change.op === 'add') {
      boxes ??= plotBoxes(table);
      const one = checkedAddition(change, index, table, boxes, added, rowById, changedBy, known, landUse, nextSourceIndex + added.length, issues, error);
      if (errors.length || !one) {
        issues.push(...errors);
        return;
      }
      const id = one.ids[0];
      const to = one.subparkKeys[one.subparkIndex[0]];
      changedBy.set(id, index);
      moved.push({ id, from: null, to: to === OUTSIDE ? null : to, beforeRow: -1, afterRow: table.count + added.length });
      added.push(one);
      appliedChanges.push(index);
      return;
    }

    const target = change.op === 'assign' ? change.to : OUTSIDE;
    if (change.op === 'assign' && !known.has(change.to)) {
      error('unknown-subpark', 'to', `sub-park "${change.to}" is in neither the plots file nor the sub-parks file; change skipped`);
    }
    const moves: { row: number; id: string }[] = [];
    for (const id of change.plotIds) {
      const row = rowById.get(id);
      const earlier = changedBy.get(id);
      if (row === undefined) {
        error('unknown-plot', 'plotIds', `plot "${id}" is not in the plots file${isAddedId(id, added) ? ' (it is added by this proposal; draw it where it belongs instead)' : ''}; change skipped`, id);
      } else if (earlier !== undefined) {
        error('changed-twice', 'plotIds', `plot "${id}" is already changed by change ${earlier}; a plot can change once per proposal, so this later change is skipped`, id);
      } else if (table.subparkKeys[table.subparkIndex[row]] === target) {
        issues.push(alreadyThere(change, index, id));
      } else {
        moves.push({ row, id });
      }
    }
    if (errors.length) {
      issues.push(...errors);
      return;
    }
    const to = indexOfKey(target);
    for (const { row, id } of moves) {
      const from = table.subparkKeys[table.subparkIndex[row]];
      subparkIndex[row] = to;
      changedBy.set(id, index);
      moved.push({ id, from: from === OUTSIDE ? null : from, to: target === OUTSIDE ? null : target, beforeRow: row, afterRow: row });
    }
    appliedChanges.push(index);
  });

  const moveOnly: PlotTable = { ...table, subparkIndex, subparkKeys };
  return { table: added.length ? appendRows(moveOnly, added) : moveOnly, moved, issues, appliedChanges };
}

/**
 * Rows of the plot ids the proposal names (plot lists and added features' ids), found in one pass:
 * a map of every id would cost a million string insertions per edit at 1M plots.
 */
function rowsOfReferencedIds(table: PlotTable, proposal: Proposal): Map<string, number> {
  const wanted = new Set<string>();
  for (const c of proposal.changes) {
    const raw = (c.op === 'unreadable' ? c.raw : c) as { plotIds?: unknown; feature?: { id?: unknown; properties?: { id?: unknown } } } | null;
    if (raw && Array.isArray(raw.plotIds)) for (const id of raw.plotIds) if (typeof id === 'string') wanted.add(id);
    // The validator may take an added plot's id from the Feature's own id member.
    for (const featureId of [raw?.feature?.properties?.id, raw?.feature?.id]) if (featureId !== undefined && featureId !== null) wanted.add(String(featureId));
  }
  const rows = new Map<string, number>();
  if (wanted.size === 0) return rows;
  const ids = table.ids;
  for (let r = 0; r < table.count; r++) if (wanted.has(ids[r]) && !rows.has(ids[r])) rows.set(ids[r], r);
  return rows;
}

function maxOf(values: Uint32Array): number {
  let max = 0;
  for (let i = 0; i < values.length; i++) if (values[i] > max) max = values[i];
  return max;
}

function isAddedId(id: string, added: readonly PlotTable[]): boolean {
  return added.some((t) => t.ids[0] === id);
}

function alreadyThere(change: RemoveChange | AssignChange, index: number, id: string): ProposalIssue {
  const message =
    change.op === 'remove'
      ? `plot "${id}" is already outside every sub-park; nothing to remove`
      : `plot "${id}" is already in sub-park "${change.to}"; nothing to assign`;
  return { change: index, id, severity: 'warning', code: 'no-change', field: 'plotIds', message };
}

function checkBaseline(table: PlotTable, proposal: Proposal, options: ApplyOptions, issues: ProposalIssue[]): void {
  const b = proposal.baseline;
  if (!b) return;
  const warn = (message: string) => issues.push({ change: -1, id: null, severity: 'warning', code: 'baseline-mismatch', field: 'baseline', message });
  if (b.plotCount !== table.count) warn(`the proposal was made on ${b.plotCount} plots, this plots file has ${table.count}; its plot ids are matched as they are`);
  if (options.plotsSha256 !== undefined && options.plotsSha256.toLowerCase() !== b.sha256) {
    warn('the plots file is not the one the proposal was made on (sha256 differs); its plot ids are matched as they are');
  }
}

/** The added feature as a one-row table when it may be added, else null (errors reported through `error`). */
function checkedAddition(
  change: AddChange,
  index: number,
  table: PlotTable,
  boxes: Float64Array,
  added: readonly PlotTable[],
  rowById: ReadonlyMap<string, number>,
  changedBy: ReadonlyMap<string, number>,
  known: ReadonlySet<string>,
  landUse: LandUseTable,
  sourceIndex: number,
  issues: ProposalIssue[],
  error: (code: string, field: string | null, message: string, id?: string | null) => void,
): PlotTable | null {
  // The same validation as any input: one builder per feature, so its issues are this change's.
  const builder = createPlotTableBuilder(landUse);
  builder.add(change.feature, sourceIndex);
  const built = builder.finish();
  for (const i of built.issues) issues.push(issueOfFeature(i, index));
  if (built.table.count !== 1) {
    error('invalid-feature', 'feature', 'the added feature is not a valid plot (see the issues above); change skipped');
    return null;
  }
  const one = built.table;
  const id = one.ids[0];
  const to = one.subparkKeys[one.subparkIndex[0]];
  if (rowById.has(id) || isAddedId(id, added)) {
    error('duplicate-id', 'feature', `the added feature's id "${id}" is already a plot's id; change skipped`, id);
  } else if (changedBy.has(id)) {
    error('changed-twice', 'feature', `plot "${id}" is already changed by change ${changedBy.get(id)}; change skipped`, id);
  }
  if (to !== OUTSIDE && !known.has(to)) {
    error('unknown-subpark', 'feature', `the added feature's sub-park "${to}" is in neither the plots file nor the sub-parks file; change skipped`, id);
  }
  // The same test as the viewer's drawing tool (drawnLandRefusal), so both refuse the same land.
  const overlapWith = (t: PlotTable, tBoxes: ArrayLike<number>): boolean => {
    const hit = firstOverlapOfAdded(one, t, tBoxes);
    if (hit) error('overlap', 'feature', `the added feature overlaps plot "${t.ids[hit.row]}" by ${hit.areaM2.toFixed(1)} m² (more than ${MAX_OVERLAP_M2} m²); change skipped`, id);
    return hit !== null;
  };
  if (!overlapWith(table, boxes)) for (const t of added) if (overlapWith(t, plotBoxes(t))) break;
  return one;
}

function issueOfFeature(issue: InputIssue, change: number): ProposalIssue {
  return { change, id: issue.id, severity: issue.severity, code: issue.code, field: issue.field, message: `added feature: ${issue.message}` };
}
