import { TextLayer } from '@deck.gl/layers';
import { evenlySpacedSdfRenderer } from './glyphRenderer.ts';

export interface Label {
  text: string;
  lonLat: [number, number];
}

/**
 * Chinese labels without a glyph server: deck.gl draws its own glyph atlas from the browser's fonts
 * (characterSet 'auto' collects the characters in use). Noto Sans CJK is installed here and in CI;
 * other machines fall back to their system CJK font (PingFang, Microsoft YaHei, WenQuanYi…).
 */
export const CJK_FONT_FAMILY = '"Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", "WenQuanYi Micro Hei", sans-serif';

export interface LabelLayerProps {
  id: string;
  labels: Label[];
  sizePixels: number;
  color: [number, number, number, number];
  visible: boolean;
  weight?: number | string;
}

export function labelLayer({ id, labels, sizePixels, color, visible, weight = 500 }: LabelLayerProps) {
  return new TextLayer<Label>({
    id,
    data: labels,
    visible,
    characterSet: 'auto',
    fontFamily: CJK_FONT_FAMILY,
    fontWeight: weight,
    // A halo of about 2 px at 13–14 px text: the SDF reaches 0.75 × outlineWidth atlas pixels out
    // (10 → 7.5 px of a 48 px glyph), within the buffer and radius the atlas keeps around each glyph.
    fontSettings: { sdf: true, fontSize: 48, buffer: 10, radius: 14 },
    _getFontRenderer: evenlySpacedSdfRenderer,
    outlineWidth: 10,
    outlineColor: [255, 255, 255, 235],
    getText: (d) => d.text,
    getPosition: (d) => d.lonLat,
    getSize: sizePixels,
    sizeUnits: 'pixels',
    getColor: color,
    getTextAnchor: 'middle',
    getAlignmentBaseline: 'center',
    billboard: true,
    pickable: false,
    parameters: { depthCompare: 'always' },
  });
}
