import { SAMPLE_AS_OF } from './attributes/edgeCases.ts';

/** The dataset's `parktwin` foreign member: what it is, and that it is not official. */
export function sampleMetadata(seed: string): Record<string, unknown> {
  return {
    schema: 1,
    sample: true,
    label: '示例数据，非官方',
    labelEn: 'Sample data, not official',
    seed,
    asOf: SAMPLE_AS_OF,
    generator: 'scripts/sample/generate.ts',
  };
}
