export const USAGE = `parktwin — land-policy analysis of high-tech zone plots (ParkTwin 园区孪生)

Usage:
  npm run -s parktwin -- analyze <plots> [options]
  npm run -s parktwin -- propose <plots> <proposal.json> [--subparks F] [--config F] [--as-of D] [--out F]
  npm run -s parktwin -- help | --help | --version

Commands:
  analyze <plots>   Read a plots file (GeoJSON FeatureCollection or Feature, NDJSON, GeoJSONSeq;
                    "-" reads standard input), apply every rule and write the report.

  propose <plots> <proposal.json>
                    Apply a boundary-adjustment proposal (.parktwin-proposal.json) to the plots,
                    analyse before and after, and write the area-balance ledger, the balance rule's
                    verdict (balanceScope, balanceMode, balanceToleranceM2 in --config), the plots
                    moved, both analyses of the sub-parks touched and every issue. --subparks F adds
                    each sub-park's approved area beside its ledger row and makes its ids known.

Options for analyze:
  --config FILE     JSON object of analysis parameters to override, e.g. {"joinDistanceM": 40}.
                    Unknown keys and wrong types are errors.
  --as-of DATE      Date the rules are applied at, YYYY-MM-DD (default: today, local time).
  --format FORMAT   json (default) or csv. Without --format, an --out file ending in .csv gets csv.
  --out FILE        Write the report to FILE instead of standard output (written to a temporary
                    file first and renamed when complete).
  --quality-csv FILE
                    Also write the data-quality findings (overlaps, duplicates, slivers, unknown
                    land-use codes, invalid and repaired geometry) to FILE as CSV (UTF-8, BOM).
  --explain         Add to every plot in the JSON report why each of its flags was raised.
  --threads N       Parse and validate the input in N worker threads (default: one per core for
                    files of 128 MB and more, else 1). The result is the same for any N.
  --quiet           No progress and no summary on standard error.
  -h, --help        This text.

Reports:
  json  schemaVersion, asOf, params (every parameter in force), plots, blocks, subparks, total,
        consolidation, issues, quality (the data-quality report: settings, counts per kind,
        findings). Areas and distances are rounded to 0.01; shares and FAR are written exactly.
  csv   One row per plot: id, subparkId, areaM2, far, otherShare, amenityShare, potentialGfaM2,
        blockId, flags (joined by ";"). UTF-8 with BOM for Excel. Text cells starting with
        = + - @ get a leading apostrophe (formula guard); numbers never do.

Exit status:
  0  the analysis ran (flags and per-feature issues are findings, not failures); for propose,
     whether or not the proposal balances, and whatever changes it had to skip
  2  an input could not be read at all (missing file, not GeoJSON or not a proposal, truncated), or a bad
     --config, --as-of or --format, or wrong usage; one line on standard error says why
  1  an internal error (a bug); please report it with PARKTWIN_DEBUG=1 output

Progress goes to standard error when it is a terminal or the file is over 50 MB.
`;
