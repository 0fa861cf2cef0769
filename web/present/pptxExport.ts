import type { BriefDeck } from './briefPages.ts';
import type { MetricCard } from './metricCards.ts';

// PPTX cannot embed fonts: name the CJK font of the Windows desktops a bureau presents from; other
// systems substitute their own CJK font.
const FONT = 'Microsoft YaHei';
const INK = '1F2937';
const ACCENT = '14304F';

function cardLine(c: MetricCard): string {
  const value = c.unit && c.status !== 'noData' ? `${c.value} ${c.unit}` : c.value;
  const mark = c.status === 'met' ? ' ✓' : c.status === 'below' ? ' ✗' : '';
  // The target text names its year ("2026 年目标 75 万元/人").
  return c.target !== null ? `${c.label}：${value}（${c.target}${mark}）` : `${c.label}：${value}`;
}

/**
 * The briefing as a 16:9 PPTX, one slide per page, every text as text (titles, figures, tables) in
 * the CJK font with lang zh-CN; the map is the decorated image. pptxgenjs is loaded on first use.
 */
export async function briefPptx(deck: BriefDeck, labels: { figures: string; flags: string; removal: (n: number, total: number) => string; moved: (n: number, total: number) => string; groups: (n: number, total: number) => string; none: string; plots: (n: number) => string }): Promise<Blob> {
  const { default: PptxGenJS } = await import('pptxgenjs');
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_WIDE';
  pptx.title = deck.title;
  pptx.author = 'ParkTwin 园区孪生';
  const lang = deck.language === 'zh' ? 'zh-CN' : 'en-US';
  const text = { fontFace: FONT, lang, color: INK } as const;
  for (const page of deck.pages) {
    const slide = pptx.addSlide();
    slide.addText(page.title, { ...text, x: 0.35, y: 0.15, w: 8.5, h: 0.55, fontSize: 24, bold: true, color: ACCENT });
    slide.addText(page.subtitle, { ...text, x: 0.35, y: 0.68, w: 8.5, h: 0.3, fontSize: 11, color: '4B5563' });
    // The map keeps its aspect inside a 8.3 × 5.6 in box.
    const [w, h] = page.imageSize;
    const boxW = 8.3;
    const boxH = 5.6;
    const scale = Math.min(boxW / w, boxH / h);
    slide.addImage({ data: page.imageUrl, x: 0.35, y: 1.05, w: w * scale, h: h * scale });
    if (page.caption) slide.addText(page.caption, { ...text, x: 0.35, y: 1.1 + h * scale, w: boxW, h: 0.45, fontSize: 12, italic: true });
    const side: { text: string; options: Record<string, unknown> }[] = [];
    const heading = (s: string) => side.push({ text: s, options: { bold: true, fontSize: 11, color: ACCENT, breakLine: true, paraSpaceBefore: 4 } });
    const line = (s: string) => side.push({ text: s, options: { fontSize: 9, breakLine: true } });
    heading(labels.figures);
    page.cards.forEach((c) => line(cardLine(c)));
    heading(labels.flags);
    line(page.flagCounts.map((f) => `${f.label} ${f.count}`).join('　'));
    if (page.moved) {
      heading(labels.moved(page.moved.length, page.movedTotal));
      page.moved.forEach((m) => line(`${m.id}  ${m.change}  ${m.area}`));
    } else {
      heading(labels.removal(page.removal.length, page.removalTotal));
      if (!page.removal.length) line(labels.none);
      page.removal.forEach((r) => line(`${r.id}  ${r.name}  ${r.area}`));
    }
    heading(labels.groups(page.groups.length, page.groupTotal));
    if (!page.groups.length) line(labels.none);
    page.groups.forEach((g) => line(`${g.id}  ${labels.plots(g.plots)}  ${g.area}`));
    slide.addText(side, { ...text, x: 8.85, y: 0.2, w: 4.3, h: 6.85, valign: 'top', fit: 'shrink', margin: 2 });
    slide.addText(page.footer, { ...text, x: 0.35, y: 7.1, w: 12.6, h: 0.3, fontSize: 8, color: '6B7280' });
  }
  const blob = await pptx.write({ outputType: 'blob' });
  return blob as Blob;
}
