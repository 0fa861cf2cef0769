/**
 * How proposal marks look on the map, over any theme: colours no theme uses for fills, and
 * different line kinds, so out / in / drawn are told apart even by a colour-blind reader.
 */
export const OUT_RGBA: [number, number, number, number] = [220, 20, 60, 255];
export const OUT_FILL_RGBA: [number, number, number, number] = [220, 20, 60, 90];
export const IN_RGBA: [number, number, number, number] = [0, 160, 70, 255];
export const IN_FILL_RGBA: [number, number, number, number] = [0, 200, 90, 110];
export const DRAWN_RGBA: [number, number, number, number] = [30, 90, 230, 255];
export const DRAWN_FILL_RGBA: [number, number, number, number] = [30, 90, 230, 70];
export const cssOf = ([r, g, b, a]: readonly number[]) => `rgba(${r}, ${g}, ${b}, ${(a / 255).toFixed(2)})`;
/**
 * draw/mountMapTools.ts's MAP_TOOL_BOTTOM_LAYER_ID, repeated here so the map's layers do not pull
 * terra-draw into the first bundle (tests/web/proposalLayers.test.ts checks they agree): while a
 * tool is in use, the proposal's deck layers go below terra-draw's handles.
 */
export const TOOL_BOTTOM_LAYER_ID = 'td-polygon';
