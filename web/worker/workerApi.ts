import type { AnalysisResult, InputIssue, PlotTable } from '../../src/index.ts';
import { ParseWorkerError, suggestProposal, type Proposal, analyze, defaultLandUseTable, explainFlags, inspectInput, readPlots, readPlotsWith, type DecodedLayerHold, type ImportFile, type InputInspection, warmFeatures } from './core.ts';
import './geoPackageWasm.ts';
import { chunksOfResponse } from './fetchChunks.ts';
import { plotGeometryOfTable } from './plotGeometry.ts';
import { transferred } from './transfer.ts';
import { evaluationStatusOfPlots } from './evaluationStatus.ts';
import { columnOfField } from './columnOfField.ts';
import { boundsOfRow, propertiesOfRow } from './plotProperties.ts';
import { searchPlots } from './searchPlots.ts';
import { createParseWorkers, parseThreadsFor } from './parseWorkers.ts';
import { exportTextOfRows, type ExportLanguage } from './exportRows.ts';
import { issuesCsvOf } from './issuesCsv.ts';
import { qualityCsvOf, qualityOfTable, qualityPayloadOf } from './qualityOfTable.ts';
import type { QualityReport } from './core.ts';
import { proposalOfTable } from './proposalOfTable.ts';
import { plotEdgeTreeOfTable, type PlotEdgeTree } from './plotEdgeTree.ts';
import type { ProposalEvaluation, ProposalRequest } from './proposalProtocol.ts';
import { createByteHash } from './byteHash.ts';
import type {
  AnalysisPayload, AnalysisProgress, AnalysisRequest, ColumnField, ColumnPayload, ExportFormat, ImportChoices,
  LoadProgress, LoadRequest, LoadResult, PlotDetail, QualityPayload, SearchHit, StagedFile,
} from './protocol.ts';

const ISSUES_SHOWN = 200;

/** The label and as-of date a file may carry in its `parktwin` member; anything else is ignored. */
function fileMetadataOf(members: Record<string, unknown>): Pick<LoadResult, 'dataLabel' | 'dataAsOf'> {
  const meta = members.parktwin;
  if (!meta || typeof meta !== 'object') return { dataLabel: null, dataAsOf: null };
  const m = meta as Record<string, unknown>;
  const zh = typeof m.label === 'string' ? m.label.slice(0, 80) : null;
  const en = typeof m.labelEn === 'string' ? m.labelEn.slice(0, 80) : zh;
  const asOf = typeof m.asOf === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(m.asOf) ? m.asOf : null;
  return { dataLabel: zh ? { zh, en: en ?? zh } : null, dataAsOf: asOf };
}

/** Lets queued messages run, so a burst of analysis requests collapses to the latest one. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

function nullIfNaN(v: number): number | null {
  return Number.isFinite(v) ? v : null;
}

/** Features warmed per slice: a few tens of milliseconds, so requests wait no longer. */
const WARM_SLICE = 2000;

/**
 * The worker's API: it owns the plot table and the analysis result and hands the main thread
 * typed arrays (transferred) and small summaries. `fetchImpl` is injectable for tests.
 */

export function createWorkerApi(fetchImpl: typeof fetch = fetch) {
  let table: PlotTable | null = null;
  let issues: InputIssue[] = [];
  let result: AnalysisResult | null = null;
  let quality: QualityReport | null = null;
  let latestAnalysisId = 0;
  /** Latest proposal request id per channel (proposal mode, the slide shown): each caller's latest edit wins. */
  const latestProposalIds = new Map<string, number>();
  /** sha256 of the loaded file (a proposal's baseline is checked against it); null when too large to hash. */
  let plotsSha256: Promise<string | null> = Promise.resolve(null);
  /** The "before" analysis of proposals, kept while the as-of date and parameters stay the same. */
  let proposalBefore: { key: string; result: AnalysisResult } | null = null;
  /** Files the import step inspected, kept for the commit so they are read from disk once. */
  let staged: ImportFile[] | null = null;
  /** The layer the last inspection decoded, read by the commit instead of decoding the file again. */
  const decoded: DecodedLayerHold = { current: null };

  /** The held layer being (or done being) warmed, so a re-inspection does not start over. */
  let warming: unknown = null;

  /**
   * Decodes the held layer's records (a .dbf) in slices of WARM_SLICE features while the user looks
   * at the import step, yielding between slices so a re-inspection or the commit is answered at
   * once; the commit's read then finds most records decoded. Stops when the layer is let go.
   */
  function warmHeldLayer(): void {
    const layer = decoded.current?.layer;
    if (!layer || warming === layer) return;
    warming = layer;
    let at = 0;
    const slice = () => {
      if (decoded.current?.layer !== layer) return;
      at = warmFeatures(layer, at, at + WARM_SLICE);
      if (at < layer.features.length) setTimeout(slice, 0);
    };
    setTimeout(slice, 0);
  }

  function requireTable(): PlotTable {
    if (!table) throw new Error('no plots loaded');
    return table;
  }

  /** The staged files read with the user's choices, with decode/convert progress. */
  async function readStaged(choices: ImportChoices, onProgress?: (p: LoadProgress) => void) {
    if (!staged) throw new Error('no files were inspected');
    const totalBytes = staged.reduce((n, f) => n + f.bytes.length, 0);
    let lastReport = 0;
    const read = await readPlotsWith(staged, {
      ...choices,
      landUse: defaultLandUseTable(),
      onProgress: (stage, fraction) => {
        const now = performance.now();
        if (stage !== 'decode' && stage !== 'convert') return;
        if (now - lastReport < 100 && fraction > 0 && fraction < 1) return;
        lastReport = now;
        onProgress?.({ stage, bytes: totalBytes, totalBytes, fraction });
      },
    }, decoded);
    return { read, threads: 1, byteCount: totalBytes };
  }

  return {
    /**
     * The import step: reads the picked files (kept here for the commit) and says what they hold,
     * with the user's choices applied. `files` null: the files staged before, inspected again.
     */
    async inspect(files: StagedFile[] | null, choices: ImportChoices): Promise<InputInspection> {
      if (files) {
        staged = await Promise.all(files.map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.blob.arrayBuffer()) })));
        decoded.current = null;
      }
      if (!staged) throw new Error('no files to inspect');
      const inspection = await inspectInput(staged, choices, decoded);
      warmHeldLayer();
      return inspection;
    },

    async load(request: LoadRequest, onProgress?: (p: LoadProgress) => void): Promise<LoadResult> {
      const started = performance.now();
      let byteCount = 0;
      let totalBytes: number | null = null;
      const readOnce = async (threadsWanted: number | undefined) => {
        if (request.staged) {
          // Imported (converted) files have no single byte stream to compare a baseline with.
          plotsSha256 = Promise.resolve(null);
          const outcome = await readStaged(request.staged, onProgress);
          byteCount = outcome.byteCount;
          return outcome;
        }
        const file = request.plotsFile;
        const response = file
          ? new Response(file, { headers: { 'content-length': String(file.size) } })
          : await fetchImpl(request.plotsUrl);
        if (!response.ok) throw new Error(`${response.status} ${response.statusText} (${request.plotsUrl})`);
        const lengthHeader = Number(response.headers.get('content-length'));
        totalBytes = Number.isFinite(lengthHeader) && lengthHeader > 0 ? lengthHeader : null;
        let lastReport = 0;
        const hash = createByteHash();
        const chunks = hash.tee(chunksOfResponse(response, (bytes) => {
          byteCount = bytes;
          const now = performance.now();
          if (now - lastReport > 100) {
            lastReport = now;
            onProgress?.({ stage: 'fetch', bytes, totalBytes });
          }
        }));
        plotsSha256 = hash.digest();
        const threads = parseThreadsFor(threadsWanted, totalBytes);
        const parallel = threads > 1 ? createParseWorkers(threads) : undefined;
        try {
          return { read: await readPlots(chunks, { landUse: defaultLandUseTable(), parallel }), threads };
        } finally {
          await parallel?.close();
        }
      };
      let outcome;
      try {
        outcome = await readOnce(request.parseThreads);
      } catch (error) {
        // Parse workers that cannot start or die (memory, a browser without module workers) must not
        // cost the user the file: read it again on this thread. A file that cannot be read fails as before.
        if (!(error instanceof ParseWorkerError)) throw error;
        console.warn(`ParkTwin: ${error.message}; reading the file again on one thread`);
        outcome = await readOnce(1);
      }
      const { read, threads } = outcome;
      table = read.table;
      issues = read.issues;
      staged = null;
      decoded.current = null;
      result = null;
      quality = null;
      proposalBefore = null;
      onProgress?.({ stage: 'geometry', bytes: byteCount, totalBytes });
      const geometry = plotGeometryOfTable(table);
      const payload: LoadResult = {
        plotCount: table.count,
        subparkKeys: table.subparkKeys,
        geometry,
        columns: {
          subparkIndex: table.subparkIndex.slice(),
          landUseCategory: table.landUseCategory.slice(),
          landStatus: table.landStatus.slice(),
          heightM: Float32Array.from(table.numeric.heightM),
          gfaAboveM2: Float32Array.from(table.numeric.gfaAboveM2),
        },
        issueCount: issues.length,
        issues: issues.slice(0, ISSUES_SHOWN),
        byteCount,
        durationMs: performance.now() - started,
        parseThreads: threads,
        ...fileMetadataOf(read.meta.members),
        input: read.meta.input,
      };
      return transferred(payload);
    },

    /** Runs the rules; returns null when a newer request arrived before this one started. */
    async analyze(request: AnalysisRequest, onProgress?: (p: AnalysisProgress) => void): Promise<AnalysisPayload | null> {
      latestAnalysisId = Math.max(latestAnalysisId, request.requestId);
      await nextTask();
      if (request.requestId !== latestAnalysisId) return null;
      const t = requireTable();
      const started = performance.now();
      let lastReport = 0;
      const analysed = analyze(t, {
        asOf: request.asOf,
        params: request.params,
        issues,
        onProgress: (stage, fraction) => {
          const now = performance.now();
          if (now - lastReport < 50 && fraction > 0 && fraction < 1) return;
          lastReport = now;
          onProgress?.({ requestId: request.requestId, stage, fraction });
        },
      });
      result = analysed;
      const cols = analysed.plots;
      const payload: AnalysisPayload = {
        requestId: request.requestId,
        asOf: analysed.asOf,
        params: analysed.params,
        plots: {
          flags: cols.flags.slice(),
          far: Float32Array.from(cols.far),
          areaM2: Float32Array.from(cols.areaM2),
          potentialGfaM2: Float32Array.from(cols.potentialGfaM2),
          blockIndex: cols.blockIndex.slice(),
          groupIndex: cols.groupIndex.slice(),
          evalStatus: evaluationStatusOfPlots(t, cols.flags, Number(analysed.asOf.slice(0, 4))),
        },
        blockIsMain: Uint8Array.from(analysed.blocks, (b) => (b.isMain ? 1 : 0)),
        blockCount: analysed.blocks.length,
        subparks: analysed.subparks,
        total: analysed.total,
        consolidation: analysed.consolidation.map(({ plotRows, ...rest }) => ({ ...rest, plotCount: plotRows.length })),
        durationMs: performance.now() - started,
      };
      return transferred(payload);
    },

    /** Everything the inspector shows for one plot, fetched on click. */
    async plotDetail(row: number): Promise<PlotDetail> {
      const t = requireTable();
      const r = result;
      const block = r ? r.blocks[r.plots.blockIndex[row]] : undefined;
      const group = r && r.plots.groupIndex[row] >= 0 ? r.consolidation[r.plots.groupIndex[row]] : undefined;
      const id = t.ids[row];
      return {
        row,
        properties: propertiesOfRow(t, row),
        areaM2: r ? r.plots.areaM2[row] : NaN,
        far: r ? nullIfNaN(r.plots.far[row]) : null,
        otherShare: r ? nullIfNaN(r.plots.otherShare[row]) : null,
        amenityShare: r ? nullIfNaN(r.plots.amenityShare[row]) : null,
        potentialGfaM2: r ? nullIfNaN(r.plots.potentialGfaM2[row]) : null,
        block: block ? { id: block.id, isMain: block.isMain, areaM2: block.areaM2, distanceToMainM: block.distanceToMainM, plotCount: block.plotRows.length } : null,
        group: group ? { id: group.id, areaM2: group.areaM2, plotCount: group.plotRows.length } : null,
        flags: r ? explainFlags(t, r, row) : [],
        issues: issues.filter((i) => i.id === id).slice(0, 20),
        bounds: boundsOfRow(t, row),
      };
    },

    async column(field: ColumnField): Promise<ColumnPayload> {
      return transferred(columnOfField(requireTable(), result, field));
    },

    async search(query: string, limit = 20): Promise<SearchHit[]> {
      return searchPlots(requireTable(), query, limit);
    },

    async rowOfId(id: string): Promise<number> {
      return requireTable().ids.indexOf(id);
    },

    /** Every problem found in the loaded file as CSV (without BOM): the dialog shows only the first ones. */
    async issuesCsv(language: ExportLanguage): Promise<string> {
      return issuesCsvOf(issues, language);
    },

    /** The data-quality report of the loaded plots, computed once per load (asked for after the first frame). */
    async quality(): Promise<QualityPayload> {
      const t = requireTable();
      const started = performance.now();
      quality ??= qualityOfTable(t, issues);
      return transferred(qualityPayloadOf(quality, performance.now() - started));
    },

    /** Every data-quality finding as CSV (without BOM). */
    async qualityCsv(language: ExportLanguage): Promise<string> {
      quality ??= qualityOfTable(requireTable(), issues);
      return qualityCsvOf(quality, language);
    },

    /** The loaded file's size in plots and sha256 (null when not hashed): a new proposal's baseline. */
    async baseline(): Promise<{ plotCount: number; sha256: string | null }> {
      return { plotCount: requireTable().count, sha256: await plotsSha256 };
    },

    /** Every plot id of the loaded plots, by row (proposal mode names plots by id). */
    async plotIds(): Promise<string[]> {
      return requireTable().ids.slice();
    },

    /** The ids of some rows (an edit names a few plots: never clone a million ids for them). */
    async plotIdsOfRows(rows: Uint32Array): Promise<string[]> {
      const ids = requireTable().ids;
      return Array.from(rows, (r) => ids[r]);
    },

    /** The map tools' plot edge index and centroids, built here and transferred (plotEdgeTree.ts). */
    async plotEdgeTree(): Promise<PlotEdgeTree> {
      return transferred(plotEdgeTreeOfTable(requireTable()));
    },

    /**
     * Applies a proposal and analyses before and after (§8); null when a newer proposal request
     * arrived before this one started (the latest edit wins).
     */
    async proposal(request: ProposalRequest): Promise<ProposalEvaluation | null> {
      const channel = request.channel ?? 'mode';
      latestProposalIds.set(channel, Math.max(latestProposalIds.get(channel) ?? 0, request.requestId));
      await nextTask();
      if (request.requestId !== latestProposalIds.get(channel)) return null;
      const t = requireTable();
      const key = `${request.asOf}|${JSON.stringify(request.params)}`;
      if (proposalBefore?.key !== key) {
        const reuse = result && `${result.asOf}|${JSON.stringify(request.params)}` === key && JSON.stringify(result.params) === JSON.stringify(request.params);
        proposalBefore = { key, result: reuse && result ? result : analyze(t, { asOf: request.asOf, params: request.params, issues }) };
      }
      const evaluation = proposalOfTable({ table: t, before: proposalBefore.result, request, plotsSha256: await plotsSha256 });
      return transferred(evaluation);
    },

    /**
     * A balanced draft for one sub-park (DOMAIN.md §8's suggestion) over the loaded plots and the
     * analysis on screen: its removal candidates out, outside plots next to its main block in.
     */
    async suggestion(subparkId: string): Promise<{ proposal: Proposal; outM2: number; inM2: number; balanced: boolean }> {
      if (!result) throw new Error('no analysis yet');
      const { proposal, outM2, inM2, balanced } = suggestProposal(requireTable(), result, subparkId, result.params);
      return { proposal, outM2, inM2, balanced };
    },

    async exportRows(rows: Uint32Array, format: ExportFormat, language: ExportLanguage): Promise<string> {
      if (!result) throw new Error('no analysis yet');
      return exportTextOfRows(requireTable(), result, rows, format, language);
    },
  };
}

export type WorkerApi = ReturnType<typeof createWorkerApi>;
