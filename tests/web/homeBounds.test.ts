import { afterEach, describe, expect, it } from 'vitest';
import { boundsOfPlots, homeBounds } from '../../web/map/homeBounds.ts';
import { ZONE_BOUNDS } from '../../web/map/zoneBounds.ts';
import { INITIAL_DATA, useDataStore } from '../../web/stores/dataStore.ts';
import type { LoadResult } from '../../web/worker/protocol.ts';

afterEach(() => useDataStore.setState({ ...INITIAL_DATA }));

describe('whole-zone view', () => {
  it('spans every plot box', () => {
    expect(boundsOfPlots(new Float32Array([121, 31, 121.5, 31.2, 120.5, 30.9, 121.1, 31.4]))).toEqual([120.5, 30.899999618530273, 121.5, 31.399999618530273]);
    expect(boundsOfPlots(new Float32Array(0))).toBeNull();
  });

  it('goes to the loaded plots, and to the zone before any are loaded', () => {
    expect(homeBounds()).toEqual(ZONE_BOUNDS);
    const plots = { geometry: { bounds: new Float32Array([113.9, 22.5, 114.1, 22.7]) } } as unknown as LoadResult;
    useDataStore.setState({ plots });
    expect(homeBounds().map((v) => Math.round(v * 10) / 10)).toEqual([113.9, 22.5, 114.1, 22.7]);
  });
});
