import { describe, expect, it } from 'vitest';
import { analyze, targetStatuses } from '../../src/index.ts';
import { tableOf } from '../helpers/tableOf.ts';

const square = (x: number) => [[[121.6 + x, 31.2], [121.601 + x, 31.2], [121.601 + x, 31.201], [121.6 + x, 31.201], [121.6 + x, 31.2]]];

describe('targets against their measures', () => {
  const { table } = tableOf([
    { type: 'Feature', properties: { id: 'a', subparkId: 'mh', landUse: 'M1', valueAdded: 6000, employees: 100, revenue: 10000, rdSpend: 500 }, geometry: { type: 'Polygon', coordinates: square(0) } },
  ]);
  const indicators = analyze(table, { asOf: '2026-07-31' }).subparks[0];

  it('measures what the plots can measure, says "no data" for the rest, and keeps every target and its year', () => {
    const statuses = targetStatuses(
      { labourProductivity: 53.3, rdIntensity: 0.068, highTechFirms: 1550, someFutureKey: 3 },
      { labourProductivity: 2026, rdIntensity: 2026, highTechFirms: 2026 },
      indicators,
    );
    expect(statuses).toEqual([
      { key: 'labourProductivity', target: 53.3, year: 2026, measured: 60, met: true },
      { key: 'rdIntensity', target: 0.068, year: 2026, measured: 0.05, met: false },
      { key: 'highTechFirms', target: 1550, year: 2026, measured: null, met: null },
      { key: 'someFutureKey', target: 3, year: null, measured: null, met: null },
    ]);
  });

  it('does not take inherited keys for targets', () => {
    expect(targetStatuses({ toString: 1 }, {}, indicators)).toEqual([{ key: 'toString', target: 1, year: null, measured: null, met: null }]);
  });
});
