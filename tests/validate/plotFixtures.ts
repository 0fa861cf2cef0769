/** Valid plot features to start tests from; each test changes one thing. */

/** A square of `sizeDeg` at lon, lat as a closed ring, counter-clockwise. */
export function squareRing(lon: number, lat: number, sizeDeg = 0.001): number[][] {
  return [[lon, lat], [lon + sizeDeg, lat], [lon + sizeDeg, lat + sizeDeg], [lon, lat + sizeDeg], [lon, lat]];
}

export function validProperties(id = 'P1'): Record<string, unknown> {
  return {
    id,
    subparkId: 'zhangjiang',
    landUse: '100101',
    name: '张江地块',
    enterprise: 'Acme Semiconductor',
    landAreaM2: 11_000,
    landStatus: 'supplied',
    agreedStartDate: '2020-02-29',
    actualStartDate: '2020-06-01',
    suspendedSince: '2022-01-15',
    developedShare: 0.5,
    investedShare: 0.2,
    gfaAboveM2: 20_000,
    gfaOtherM2: 3_000,
    gfaAmenityM2: 1_500,
    vacancyRate: 0.1,
    heightM: 24,
    evaluations: [{ year: 2023, pass: false, score: 55.5 }, { year: 2024, pass: true }],
    revenue: 12_345.6,
    tax: 800,
    valueAdded: 3_000,
    rdSpend: 900,
    employees: 120,
  };
}

export function validFeature(id = 'P1', lon = 121.6, lat = 31.19): Record<string, unknown> {
  return {
    type: 'Feature',
    properties: validProperties(id),
    geometry: { type: 'Polygon', coordinates: [squareRing(lon, lat)] },
  };
}

/** A feature with some properties replaced (undefined deletes). */
export function featureWith(props: Record<string, unknown>, geometry?: unknown, id = 'P1'): Record<string, unknown> {
  const f = validFeature(id);
  const p = { ...(f.properties as Record<string, unknown>), ...props };
  for (const k of Object.keys(p)) if (p[k] === undefined) delete p[k];
  return { ...f, properties: p, ...(geometry === undefined ? {} : { geometry }) };
}
