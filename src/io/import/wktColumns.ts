/** Names of a CSV's WKT geometry column (DOMAIN.md §9), compared without case. */
export const WKT_COLUMNS = ['wkt', 'geometry', 'geom', 'the_geom', 'shape', '几何', '图形'];
