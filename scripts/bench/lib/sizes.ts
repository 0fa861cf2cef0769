export const DEFAULT_SIZES = [10_000, 100_000, 1_000_000];

/** Plot counts from `--sizes 10000,100000` (or `--sizes=…`), else BENCH_SIZES, else the defaults. */
export function benchSizes(argv: string[]): number[] {
  const at = argv.findIndex((a) => a === '--sizes' || a.startsWith('--sizes='));
  const text = at < 0 ? process.env.BENCH_SIZES : argv[at].includes('=') ? argv[at].split('=')[1] : argv[at + 1];
  if (!text) return DEFAULT_SIZES;
  const sizes = text.split(',').map((s) => Number(s.trim().replace(/_/g, '').replace(/k$/i, '000').replace(/m$/i, '000000')));
  if (sizes.some((n) => !Number.isInteger(n) || n < 1)) throw new Error(`--sizes must be plot counts like 10000,100000 (got "${text}")`);
  return sizes;
}
