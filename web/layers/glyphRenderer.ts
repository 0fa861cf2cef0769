import TinySDF from '@mapbox/tiny-sdf';
import type { TextLayerProps } from '@deck.gl/layers';

type FontRendererFactory = NonNullable<TextLayerProps['_getFontRenderer']>;

/**
 * deck.gl's own SDF glyph renderer drops each glyph's left side bearing: it places a glyph's ink
 * at the pen position, so a narrow CJK glyph (山, 川) is followed by a wide gap and a wide one (宝,
 * 區) by a narrow one, and labels look unevenly spaced. This renderer is the same TinySDF drawing
 * with the ink placed where the font puts it (the glyph's left bearing kept).
 */
export const evenlySpacedSdfRenderer: FontRendererFactory = ({ fontSize, buffer, radius, cutoff, fontFamily, fontWeight }) => {
  const sdf = new TinySDF({ fontSize, buffer, radius, cutoff, fontFamily, fontWeight: String(fontWeight) });
  const canvas = document.createElement('canvas');
  const ctx = canvas.getContext('2d', { willReadFrequently: true });
  if (!ctx) throw new Error('no 2D canvas context for the label glyphs');
  ctx.font = `${fontWeight} ${fontSize}px ${fontFamily}`;
  return {
    measure(char?: string) {
      if (char === undefined) {
        const m = ctx.measureText('A');
        return m.fontBoundingBoxAscent
          ? { advance: 0, width: 0, ascent: Math.ceil(m.fontBoundingBoxAscent), descent: Math.ceil(m.fontBoundingBoxDescent) }
          : { advance: 0, width: 0, ascent: fontSize * 0.9, descent: fontSize * 0.3 };
      }
      const m = ctx.measureText(char);
      return {
        advance: m.width,
        width: Math.ceil(m.actualBoundingBoxRight - m.actualBoundingBoxLeft),
        ascent: Math.ceil(m.actualBoundingBoxAscent),
        descent: Math.ceil(m.actualBoundingBoxDescent),
      };
    },
    draw(char: string) {
      const glyph = sdf.draw(char);
      const data = new ImageData(Math.max(1, glyph.width), Math.max(1, glyph.height));
      for (let i = 0; i < glyph.data.length; i++) data.data[4 * i + 3] = glyph.data[i];
      // TinySDF rasterises the ink from x = buffer; the ink itself starts glyphLeft px right of the pen.
      return { data, left: buffer - glyph.glyphLeft, top: buffer };
    },
  };
};
