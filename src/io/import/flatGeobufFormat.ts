/**
 * FlatGeobuf read straight from its FlatBuffers (magic, size-prefixed header, optional packed
 * R-tree index, size-prefixed features), one feature at a time, without the flatgeobuf package's
 * per-feature GeoJSON: polygons go into flat number buffers. What it gives is what the package's
 * `deserialize` gave (same properties, same geometry read as GeoJSON), so validation is unchanged;
 * tests/io/import/flatGeobufFormat.test.ts compares the two.
 */

export * from './flatGeobufHeader.ts';
export * from './flatGeobufGeometry.ts';
export * from './flatGeobufProperties.ts';
