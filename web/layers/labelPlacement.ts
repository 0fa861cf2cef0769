/**
 * Label collision handling for the deck.gl text layers (the offline basemap has no symbol layers,
 * so MapLibre's placement does not apply): labels are taken in priority order and one whose box
 * would overlap a box already placed is hidden, as MapLibre does for its own symbols.
 */

export interface LabelCandidate {
  text: string;
  lonLat: [number, number];
  sizePixels: number;
  /** Higher is placed first. */
  priority: number;
}

/** Width of a text in em: CJK ideographs and full-width forms are 1 em, other characters about 0.58 em. */
export function textWidthEm(text: string): number {
  let em = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0) ?? 0;
    em += c >= 0x2e80 && c <= 0xffef ? 1 : 0.58;
  }
  return em;
}

/**
 * Indices of the candidates to show, given their screen positions (project returns pixels, or null
 * for a point that cannot be shown, e.g. behind the camera). `paddingPixels` is kept clear around
 * every label box (it also leaves room for the halo). With `viewportPixels` ([width, height]), a
 * label cut by the edge of the map is hidden rather than shown in part.
 */
export function placeLabels(
  candidates: readonly LabelCandidate[],
  project: (lonLat: [number, number]) => [number, number] | null,
  paddingPixels = 4,
  viewportPixels?: [number, number],
): Set<number> {
  const order = candidates.map((_, i) => i).sort((a, b) => candidates[b].priority - candidates[a].priority || a - b);
  const placed: [number, number, number, number][] = [];
  const shown = new Set<number>();
  for (const i of order) {
    const c = candidates[i];
    const p = project(c.lonLat);
    if (!p) continue;
    const halfW = (textWidthEm(c.text) * c.sizePixels) / 2 + paddingPixels;
    const halfH = (c.sizePixels * 1.2) / 2 + paddingPixels;
    const box: [number, number, number, number] = [p[0] - halfW, p[1] - halfH, p[0] + halfW, p[1] + halfH];
    if (viewportPixels && (box[0] < 0 || box[1] < 0 || box[2] > viewportPixels[0] || box[3] > viewportPixels[1])) continue;
    if (placed.some((b) => box[0] < b[2] && box[2] > b[0] && box[1] < b[3] && box[3] > b[1])) continue;
    placed.push(box);
    shown.add(i);
  }
  return shown;
}

/** Web Mercator pixels at a zoom (512-px tiles, as MapLibre), for placing without a map. */
export function mercatorPixels(zoom: number): (lonLat: [number, number]) => [number, number] {
  const scale = 512 * 2 ** zoom;
  return ([lon, lat]) => {
    const s = Math.sin((lat * Math.PI) / 180);
    return [((lon + 180) / 360) * scale, (0.5 - Math.log((1 + s) / (1 - s)) / (4 * Math.PI)) * scale];
  };
}
