import { MAPPABLE_FIELDS } from '../../src/index.ts';

/** The import step's field mapping: a §4 field (or `evaluations.YYYY`) → the source column. */
export type FieldColumns = Readonly<Record<string, string>>;

/**
 * The fields the editor lists: every mappable field, then the `evaluations.YYYY` fields the mapping
 * holds (a year column per evaluation), in year order.
 */
export function editorFieldsOf(fields: FieldColumns): string[] {
  const years = Object.keys(fields).filter((f) => /^evaluations\.\d{4}$/.test(f)).sort();
  return [...MAPPABLE_FIELDS, ...years];
}

/**
 * `fields` with `field` read from `column` (null: from no column). A column fills one field only:
 * the field that held it before lets it go, so the mapping never reads a column twice.
 */
export function fieldsWithColumn(fields: FieldColumns, field: string, column: string | null): FieldColumns {
  const next: Record<string, string> = {};
  for (const [f, c] of Object.entries(fields)) if (f !== field && c !== column) next[f] = c;
  if (column !== null && column !== '') next[field] = column;
  return next;
}

/** The user's choices in the mapping editor: field → column, or null for "no column" (never recognised by name). */
export type FieldEdits = Readonly<Record<string, string | null>>;

/**
 * `edits` after the user set `field` to `column` (null: none) while `shown` was the mapping shown.
 * A field that loses its column to `field` becomes "none" too: the read then does exactly what
 * the editor shows, instead of recognising another column for it by name.
 */
export function editsWithColumn(edits: FieldEdits, shown: FieldColumns, field: string, column: string | null): FieldEdits {
  const next: Record<string, string | null> = { ...edits };
  const wanted = column === '' ? null : column;
  if (wanted !== null) {
    for (const [f, c] of Object.entries(shown)) if (c === wanted && f !== field) next[f] = null;
    for (const [f, c] of Object.entries(edits)) if (c === wanted && f !== field) next[f] = null;
  }
  next[field] = wanted;
  return next;
}

/** Columns of the file that fill no field, in file order (DOMAIN.md §9: listed, never silently ignored). */
export function unmatchedColumnsOf(columns: readonly string[], fields: FieldColumns): string[] {
  const used = new Set(Object.values(fields));
  return columns.filter((c) => !used.has(c));
}

/** The entries of a saved mapping whose column this file has (a preset made for another file keeps what fits). */
export function fieldsForColumns(fields: FieldColumns, columns: readonly string[]): FieldColumns {
  const present = new Set(columns);
  const next: Record<string, string> = {};
  for (const [f, c] of Object.entries(fields)) if (present.has(c)) next[f] = c;
  return next;
}
