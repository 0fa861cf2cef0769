export const USAGE = `parktwin — land-policy analysis of high-tech zone plots (ParkTwin 园区孪生)

Usage:
  npm run -s parktwin -- analyze <plots> [options]
  npm run -s parktwin -- propose <plots> <proposal.json> [--subparks F] [--config F] [--as-of D] [--out F]
  npm run -s parktwin -- brief <plots> [options] --out FILE.pdf|FILE.pptx|DIR/
  npm run -s parktwin -- help | --help | --version

Commands:
  analyze <plots>   Read a plots file (GeoJSON FeatureCollection or Feature, NDJSON, GeoJSONSeq,
                    zipped Shapefile, .shp with its .dbf/.prj/.cpg beside it, GeoPackage,
                    FlatGeobuf, CSV with a WKT column; "-" reads standard input), apply every
                    rule and write the report.

  propose <plots> <proposal.json>
                    Apply a boundary-adjustment proposal (.parktwin-proposal.json) to the plots,
                    analyse before and after, and write the area-balance ledger, the balance rule's
                    verdict (balanceScope, balanceMode, balanceToleranceM2 in --config), the plots
                    moved, both analyses of the sub-parks touched and every issue. --subparks F adds
                    each sub-park's approved area beside its ledger row and makes its ids known.

  brief <plots>     Make a briefing (汇报材料) with the viewer itself in headless Chromium: a cover
                    with the zone map, then one page per sub-park (sorted by id) with its map in
                    the flags theme, legend, scale bar, north arrow, source and as-of date, its
                    indicators against targets, counts per flag, removal candidates and
                    consolidation groups (top 10 by area).

Options for brief:
  --out PATH        FILE.pdf (A4 landscape, Chinese text selectable, fonts embedded), FILE.pptx
                    (16:9, text as text) or DIR/ (one PNG per page at 2x). Required.
  --subparks FILE   Sub-park boundaries (names, targets, outlines); without it the pages follow
                    the sub-park ids of the plots.
  --as-of DATE      Date the rules are applied at (default: the file's own as-of date, else today).
  --story FILE      A story.json saved in the viewer (parktwin-story/1) replaces the default pages.
  --lang zh|en      Language of the pages (default zh).
  --quiet           No progress and no summary on standard error.

Options for analyze:
  --config FILE     JSON object of analysis parameters to override, e.g. {"joinDistanceM": 40}.
                    Unknown keys and wrong types are errors.
  --as-of DATE      Date the rules are applied at, YYYY-MM-DD (default: today's date in Shanghai).
  --format FORMAT   json (default) or csv. Without --format, an --out file ending in .csv gets csv.
  --out FILE        Write the report to FILE instead of standard output (written to a temporary
                    file first and renamed when complete).
  --quality-csv FILE
                    Also write the data-quality findings (overlaps, duplicates, slivers, unknown
                    land-use codes, invalid and repaired geometry) to FILE as CSV (UTF-8, BOM).
  --explain         Add to every plot in the JSON report why each of its flags was raised.
  --threads N       Parse and validate the input in N worker threads (default: one per core for
                    files of 128 MB and more, else 1). The result is the same for any N.
  --crs CRS         The coordinate system of the input's coordinates, overriding the file's:
                    EPSG:4326, EPSG:4490, EPSG:4528, EPSG:4529, EPSG:4549, EPSG:4550, EPSG:3857,
                    gcj02, bd09, or a proj string ("+proj=tmerc …", e.g. the local Shanghai grid).
                    Without it: the file's (.prj, GeoPackage, FlatGeobuf header), else lon/lat
                    read as WGS84, 8-digit eastings as the zone-prefixed CGCS2000 zone; other
                    projected coordinates are refused (exit 2).
  --fields FILE     JSON object mapping plot fields to your columns, e.g.
                    {"id": "DKBH", "landUse": "YDXZ", "evaluations.2024": "PJ2024"}. Columns
                    it leaves out are still recognised by name (地块编号, 用地性质, 评价2024, …).
  --layer NAME      Which shapefile of a zip (base name) or GeoPackage table to read (default:
                    the first shapefile by path, the first polygon layer).
  --quiet           No progress and no summary on standard error.
  -h, --help        This text.

Reports:
  json  schemaVersion, asOf, params (every parameter in force), input (format, layer, encoding,
        crs, fieldMap, unmatchedColumns, bboxWgs84), plots, blocks, subparks, total,
        consolidation, issues, quality (the data-quality report: settings, counts per kind,
        findings). Areas and distances are rounded to 0.01; shares and FAR are written exactly.
  csv   One row per plot: id, subparkId, areaM2, far, otherShare, amenityShare, potentialGfaM2,
        blockId, flags (joined by ";"). UTF-8 with BOM for Excel. Text cells starting with
        = + - @ get a leading apostrophe (formula guard); numbers never do.

Exit status:
  0  the analysis ran (flags and per-feature issues are findings, not failures); for propose,
     whether or not the proposal balances, and whatever changes it had to skip
  2  an input could not be read at all (missing file, unknown format, not a proposal, truncated,
     projected coordinates with no coordinate system), or a bad --config, --as-of, --format, --crs,
     --fields or --layer, or wrong usage; one line on standard error says why
  1  an internal error (a bug); please report it with PARKTWIN_DEBUG=1 output

Progress goes to standard error when it is a terminal or the file is over 50 MB.
`;
