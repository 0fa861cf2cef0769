/** A small horizontal bar chart in plain SVG (no chart library: a few dozen bars need none). */
export interface Bar {
  key: string;
  label: string;
  value: number;
  color: string;
  valueText: string;
}

export function BarChart({ bars, widthPixels = 300, rowPixels = 20 }: { bars: Bar[]; widthPixels?: number; rowPixels?: number }) {
  const max = Math.max(1e-9, ...bars.map((b) => b.value));
  const labelPixels = 120;
  const valuePixels = 56;
  const barSpace = widthPixels - labelPixels - valuePixels;
  return (
    <svg className="bar-chart" width={widthPixels} height={bars.length * rowPixels} role="img">
      {bars.map((b, i) => (
        <g key={b.key} transform={`translate(0, ${i * rowPixels})`}>
          <text x={labelPixels - 6} y={rowPixels * 0.7} textAnchor="end" className="bar-label">{b.label}</text>
          <rect x={labelPixels} y={3} height={rowPixels - 6} width={Math.max(1, (b.value / max) * barSpace)} fill={b.color} rx={2} />
          <text x={labelPixels + Math.max(1, (b.value / max) * barSpace) + 4} y={rowPixels * 0.7} className="bar-value">{b.valueText}</text>
        </g>
      ))}
    </svg>
  );
}
