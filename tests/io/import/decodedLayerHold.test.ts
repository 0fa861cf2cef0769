import { describe, expect, it } from 'vitest';
import { defaultLandUseTable, inspectInput, readPlotsWith, warmFeatures, type DecodedLayerHold } from '../../../src/index.ts';
import { fixtureFiles } from './importFixtures.ts';

describe('the layer inspectInput decoded, read by the commit', () => {
  it('gives the same plots as a fresh read, and is let go after one read', async () => {
    const files = fixtureFiles('plots-4549.shp.zip');
    const hold: DecodedLayerHold = { current: null };
    const seen = await inspectInput(files, {}, hold);
    const kept = hold.current;
    expect(kept?.format).toBe('shapefile');
    // A second inspection with the same layer and encoding reuses it (another coordinate system does not matter).
    await inspectInput(files, { crs: 'EPSG:4549' }, hold);
    expect(hold.current?.layer).toBe(kept?.layer);
    const fromHold = await readPlotsWith(files, { landUse: defaultLandUseTable() }, hold);
    expect(hold.current).toBeNull();
    const fresh = await readPlotsWith(files, { landUse: defaultLandUseTable() });
    expect(fromHold.table.count).toBe(seen.featureCount);
    expect(Array.from(fromHold.table.lonLat)).toEqual(Array.from(fresh.table.lonLat));
    expect(fromHold.meta.input).toEqual(fresh.meta.input);
  });

  it('is not used for another encoding or layer', async () => {
    const files = fixtureFiles('plots-4549.shp.zip');
    const hold: DecodedLayerHold = { current: null };
    await inspectInput(files, {}, hold);
    const kept = hold.current;
    await inspectInput(files, { encoding: 'gbk' }, hold);
    expect(hold.current?.layer).not.toBe(kept?.layer);
    // Read with yet another encoding: decoded afresh, the held layer is dropped all the same.
    const read = await readPlotsWith(files, { landUse: defaultLandUseTable(), encoding: 'utf-8' }, hold);
    expect(hold.current).toBeNull();
    expect(read.meta.input.encoding).toBe('utf-8');
  });

  it('reads the same table and issues when some of its records were decoded ahead (warmed)', async () => {
    for (const name of ['plots-4549.shp.zip', 'plots-4326-nocpg.shp.zip']) {
      const files = fixtureFiles(name);
      const hold: DecodedLayerHold = { current: null };
      await inspectInput(files, {}, hold);
      const layer = hold.current?.layer;
      if (!layer) throw new Error('no layer held');
      // Part of the layer, as the viewer's worker leaves it when the commit comes mid-way.
      expect(warmFeatures(layer, 0, 7)).toBe(Math.min(7, layer.features.length));
      const warmed = await readPlotsWith(files, { landUse: defaultLandUseTable() }, hold);
      const fresh = await readPlotsWith(files, { landUse: defaultLandUseTable() });
      expect(warmed.table).toEqual(fresh.table);
      expect(warmed.issues).toEqual(fresh.issues);
      expect(warmed.meta.input).toEqual(fresh.meta.input);
    }
  });
});
