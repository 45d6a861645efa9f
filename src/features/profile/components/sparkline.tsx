import type { YearValues } from '../../../domain/latest-values';
import { buildSparkline } from '../charts/sparkline';

/**
 * A tiny trend line rendered as SVG elements (no chart library). Hidden from
 * assistive technology; the label passed in says the same in words.
 */
export function Sparkline({ series, label }: { series: YearValues[]; label: string }) {
  const geometry = buildSparkline(series);
  if (!geometry) return null;
  return (
    <svg className="sparkline" width={geometry.width} height={geometry.height} viewBox={`0 0 ${geometry.width} ${geometry.height}`} role="img" aria-label={label}>
      <path d={geometry.path} fill="none" stroke="#0072B2" strokeWidth={1.5} />
      {geometry.dots.map((dot) => (
        <circle
          key={`${dot.year}-${dot.value}-${dot.cx}-${dot.cy}`}
          cx={dot.cx}
          cy={dot.cy}
          r={2.5}
          fill={dot.partial ? '#ffffff' : '#0072B2'}
          stroke={dot.approximate ? '#1a1a1a' : '#0072B2'}
          strokeDasharray={dot.approximate ? '1.5 1' : undefined}
          strokeWidth={1.2}
        />
      ))}
    </svg>
  );
}
