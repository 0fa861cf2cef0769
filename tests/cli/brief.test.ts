import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './runCli.ts';

/** Three sub-parks of the sample (tests/fixtures/brief/README.md): a cover and three pages. */
const PLOTS = 'tests/fixtures/brief/plots.geojson';
const SUBPARKS = 'tests/fixtures/brief/subparks.geojson';
const BRIEF = ['brief', PLOTS, '--subparks', SUBPARKS, '--as-of', '2026-06-30'];
const RUN_MS = 15 * 60_000;

const tool = (name: string, args: string[]) => execFileSync(name, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });

function pngSize(bytes: Buffer): [number, number] {
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

describe('parktwin brief: wrong usage is refused before any browser starts', () => {
  it('needs --out with a known kind', async () => {
    const none = await runCli(['brief', PLOTS]);
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/^parktwin: brief needs --out/);
    const odd = await runCli(['brief', PLOTS, '--out', 'x.docx']);
    expect(odd.code).toBe(2);
    expect(odd.stderr).toMatch(/\.pdf or \.pptx file, or a folder/);
  });
  it('names a missing plots file and a broken story file', async () => {
    const missing = await runCli(['brief', 'no/such.geojson', '--out', 'x.pdf']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('no/such.geojson: no such file');
    const dir = mkdtempSync(join(tmpdir(), 'parktwin-brief-'));
    const story = join(dir, 'story.json');
    writeFileSync(story, JSON.stringify({ schema: 'parktwin-story/1', slides: [{ title: 'x', camera: { center: [121.5, 31.2], zoom: 40 } }] }));
    const broken = await runCli([...BRIEF, '--story', story, '--out', join(dir, 'b.pdf')]);
    expect(broken.code).toBe(2);
    expect(broken.stderr).toMatch(/^parktwin: story file .* is not valid: slides\[0\]\.camera\.zoom: must be a number from 0 to 24, got 40\n$/);
  });
});

describe('parktwin brief (headless Chromium)', () => {
  it('writes an A4-landscape PDF: a cover and one page per sub-park, Chinese text selectable, fonts embedded', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'parktwin-brief-')), 'brief.pdf');
    const run = await runCli([...BRIEF, '--out', out]);
    expect(run.stderr).toMatch(/4 pages written to/);
    expect(run.code).toBe(0);
    const info = tool('pdfinfo', [out]);
    expect(info).toMatch(/^Pages:\s+4$/m);
    expect(info).toMatch(/^Page size:\s+841\.9\d? x 59[45]\.\d+ pts \(A4\)$/m);
    const fonts = tool('pdffonts', [out]).trim().split('\n').slice(2);
    expect(fonts.length).toBeGreaterThan(0);
    // Columns: name, type, encoding, emb, sub, uni, object, generation; every font is embedded.
    for (const line of fonts) expect(line.trim().split(/\s+/).slice(-5, -4)[0], line).toBe('yes');
    const text = tool('pdftotext', ['-layout', out, '-']);
    const pages = text.split('\f');
    expect(pages[0]).toContain('全区总览');
    // Pages follow the sub-park ids: huangpu, jingan, shibei.
    expect(pages[1]).toContain('黄浦园');
    expect(pages[2]).toContain('静安园');
    expect(pages[3]).toContain('市北');
    expect(pages[1]).toContain('暂无数据');
    expect(pages[1]).toMatch(/2026 年目标 700\s*亿元/);
    expect(pages[1]).toContain('数据截至 2026-06-30');
    expect(pages[1]).toContain('数据来源：plots.geojson');
  }, RUN_MS);

  it('writes a 16:9 PPTX whose slides carry their text as text, in Chinese', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'parktwin-brief-')), 'brief.pptx');
    const run = await runCli([...BRIEF, '--out', out, '--quiet']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const entries = tool('unzip', ['-Z1', out]).split('\n');
    expect(entries.filter((e) => /^ppt\/slides\/slide\d+\.xml$/.test(e))).toHaveLength(4);
    const presentation = tool('unzip', ['-p', out, 'ppt/presentation.xml']);
    expect(presentation).toMatch(/<p:sldSz cx="12192000" cy="6858000"/);
    const slide2 = tool('unzip', ['-p', out, 'ppt/slides/slide2.xml']);
    const texts = [...slide2.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => m[1]);
    expect(texts).toContain('黄浦园');
    expect(texts.some((t) => t.includes('暂无数据'))).toBe(true);
    expect(slide2).toContain('lang="zh-CN"');
    expect(entries.some((e) => e.startsWith('ppt/media/'))).toBe(true);
  }, RUN_MS);

  it('writes one PNG per page at 2x to a folder, following a story.json', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'parktwin-brief-'));
    const story = join(dir, 'story.json');
    const camera = { center: [121.47, 31.23], zoom: 13, pitch: 45, bearing: -20 };
    writeFileSync(story, JSON.stringify({
      schema: 'parktwin-story/1',
      title: '专题汇报',
      slides: [
        { id: 'a', title: '黄浦园三维', caption: '容积率偏低地块', camera, theme: 'far', extruded: true, subparkId: 'huangpu' },
        { id: 'b', title: '静安园闲置', camera: { ...camera, pitch: 0, bearing: 0 }, filters: { flags: ['idle-land'] }, subparkId: 'jingan' },
      ],
    }));
    const out = join(dir, 'pages') + '/';
    const run = await runCli([...BRIEF, '--story', story, '--out', out]);
    expect(run.stderr).toMatch(/2 pages written to/);
    expect(run.code).toBe(0);
    const files = readdirSync(out).sort();
    expect(files).toEqual(['page-01.png', 'page-02.png']);
    // A4 landscape at 96 CSS px per inch (1123 × 794), 2 device pixels per CSS pixel.
    for (const f of files) expect(pngSize(readFileSync(join(out, f)))).toEqual([2246, 1588]);
  }, RUN_MS);

  it('a story slide that carries a proposal shows its ledger and the plots it moves', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'parktwin-brief-'));
    const story = join(dir, 'story.json');
    const proposal = {
      schema: 'parktwin-proposal/1', id: 'hp-1', title: '黄浦园调整方案', subparkId: 'huangpu', state: 'submitted',
      changes: [{ op: 'remove', plotIds: ['HP01-0001', 'HP01-0004'] }, { op: 'assign', plotIds: ['NO-SUCH-PLOT'], to: 'huangpu' }], comments: [],
    };
    writeFileSync(story, JSON.stringify({
      schema: 'parktwin-story/1',
      slides: [{ id: 'p', title: '黄浦园调整方案', caption: '调出两宗低效地块', camera: { center: [121.47, 31.23], zoom: 13 }, subparkId: 'huangpu', proposal }],
    }));
    const proposalPath = join(dir, 'hp.parktwin-proposal.json');
    writeFileSync(proposalPath, JSON.stringify(proposal));
    const propose = await runCli(['propose', PLOTS, proposalPath, '--subparks', SUBPARKS, '--as-of', '2026-06-30', '--quiet']);
    const row = (JSON.parse(propose.stdout.toString('utf8')) as { ledger: { subparkId: string; deltaM2: number }[] }).ledger.find((r) => r.subparkId === 'huangpu')!;
    expect(row.deltaM2).toBeLessThan(0);
    const out = join(dir, 'brief.pdf');
    const run = await runCli([...BRIEF, '--story', story, '--out', out]);
    expect(run.stderr).toMatch(/1 pages? written to/);
    expect(run.code).toBe(0);
    const text = tool('pdftotext', ['-layout', out, '-']);
    expect(text).toContain('黄浦园调整方案');
    expect(text).toContain('调出面积');
    // The change on the page is the CLI's ledger for the same file (two plots out, the unknown one not in).
    expect(text).toContain(`−${Math.abs(row.deltaM2).toLocaleString('zh-CN', { maximumFractionDigits: 0 })}`);
    expect(text).toContain('方案涉及地块（按面积前 2 个，共 2 个）');
    expect(text).toMatch(/HP01-0001\s+黄浦园 → 园区外/);
    expect(text).toContain('HP01-0004');
    // The plot the proposal names that the file lacks is said on the page.
    expect(text).toContain('数据中没有的地块 1 个');
    expect(text).toContain('NO-SUCH-PLOT');
  }, RUN_MS);
});
