import { useEffect, useRef } from 'react';
import { plotEdgeIndex, plotIndexesInPolygon, type PlotEdgeIndex } from '../../src/index.ts';
import { mapInstance } from '../map/mapInstance.ts';
import { useDataStore } from '../stores/dataStore.ts';
import { useUiStore, showToast } from '../stores/uiStore.ts';
import type { LoadResult } from '../worker/protocol.ts';
import { mountMapTools, type MapToolMode, type MapTools } from './draw/mountMapTools.ts';
import { currentProposal, pendingLandSet, useProposalStore, type ProposalTool } from './proposalStore.ts';
import { drawnLandOf } from './proposalLayers.ts';
import { markRows } from './proposalActions.ts';
import { plotIdsOfRows } from './plotIds.ts';
import { plotsWorker } from '../worker/client.ts';

/**
 * The plot edge index the tools snap to and select with, once per loaded plots: built in the worker
 * and transferred (seconds of one task at a million plots, which the page must not spend), then
 * reopened on the geometry the map already holds.
 */
let edges: { plots: LoadResult; index: Promise<PlotEdgeIndex> } | null = null;
function edgesOf(plots: LoadResult): Promise<PlotEdgeIndex> {
  if (edges?.plots !== plots) {
    const index = plotsWorker()
      .plotEdgeTree()
      .then(({ treeData, centroids }) => {
        const opened = plotEdgeIndex(plots.geometry, treeData.byteLength ? treeData.buffer : undefined);
        if (centroids.length === plots.plotCount * 2) opened.centroids = centroids;
        return opened;
      });
    // A failed request is asked again the next time (and said on the console, never swallowed).
    index.catch((error: unknown) => {
      if (edges?.index === index) edges = null;
      console.warn('ParkTwin: the map tools index could not be built', error);
    });
    edges = { plots, index };
  }
  return edges.index;
}

export const mapToolModeOf = (tool: ProposalTool): MapToolMode => (tool === 'click' ? 'off' : tool);

/**
 * The drawing helper's map tools (proposal/draw) in proposal mode: drawn land (snapped, checked)
 * waits in the new-land form for its attributes; a box or lasso marks the plots whose centroid it
 * holds out or in (the panel's choice); a refused drawing is said in a notice.
 */
export function useProposalMapTools(): void {
  const open = useProposalStore((s) => s.open);
  const editing = useProposalStore((s) => s.open && s.history !== null);
  const tool = useProposalStore((s) => s.tool);
  const plots = useDataStore((s) => s.plots);
  const tools = useRef<MapTools | null>(null);

  // The index is asked for as the mode opens (its start page), so it is there when editing starts.
  useEffect(() => {
    if (open && plots) edgesOf(plots).catch(() => undefined);
  }, [open, plots]);

  useEffect(() => {
    const map = mapInstance();
    if (!editing || !plots || !map) return;
    let mounted: MapTools | null = null;
    let cancelled = false;
    edgesOf(plots).then((index) => {
      if (cancelled) return;
      mounted = mountMapTools(map, {
        plotEdges: index,
        onDrawnFeature: (feature) => useProposalStore.setState((s) => pendingLandSet(s, feature)),
        onDrawRefused: (reason) => useUiStore.setState((s) => showToast(s, reason.message)),
        onAreaSelected: (ring) => void markRows(plotIndexesInPolygon(index, ring), useProposalStore.getState().areaAction),
        plotLabelOf: async (row) => (await plotIdsOfRows([row]))[0] ?? null,
        // Land this proposal adds already: drawing over it is refused, as propose would skip it.
        drawnLand: () => {
          const p = currentProposal(useProposalStore.getState());
          return p ? drawnLandOf(p).features.flatMap((f) => (f.geometry?.type === 'Polygon' ? [f.geometry] : [])) : [];
        },
      });
      mounted.setMode(mapToolModeOf(useProposalStore.getState().tool));
      tools.current = mounted;
      // For tests and the benchmark: the tools answer the pointer from now on.
      map.getContainer().dataset.mapTools = 'ready';
    }, () => undefined);
    return () => {
      cancelled = true;
      mounted?.destroy();
      delete map.getContainer().dataset.mapTools;
      tools.current = null;
    };
  }, [editing, plots]);

  useEffect(() => {
    tools.current?.setMode(mapToolModeOf(tool));
  }, [tool]);
}
