import { create } from 'zustand';
import type { InputInspection } from '../../src/index.ts';
import type { ImportChoices, LoadProgress } from '../worker/protocol.ts';
import { editsWithColumn, fieldsWithColumn, fieldsForColumns, type FieldColumns, type FieldEdits } from './fieldMapping.ts';
import { loadPresets, presetsWithSaved, presetsWithout, type MappingPresets } from './importPresets.ts';

/**
 * The import step (DOMAIN.md §9): `inspecting` while the worker looks at the files, `step` while
 * the user checks format, encoding, coordinate system and mapping, `loading` after the commit.
 */
export type ImportPhase = 'idle' | 'inspecting' | 'step' | 'loading';

/** What the user chose; undefined = what the file says (or what was detected). */
export interface ImportSelections {
  crs?: string;
  encoding?: string;
  layer?: string;
}

export interface ImportState {
  phase: ImportPhase;
  fileNames: string[];
  inspection: InputInspection | null;
  selections: ImportSelections;
  /** The mapping shown: the last inspection's (which applied `edits`), then the edits since. */
  fields: FieldColumns;
  /**
   * What the user chose in the editor, field → column or null for "none": sent with every
   * (re-)inspection and the commit, so a recognised column the user cleared stays cleared.
   */
  edits: FieldEdits;
  presets: MappingPresets;
  progress: LoadProgress | null;
  /** Inspection failed, or the commit could not read the file: one sentence. */
  error: string | null;
}

export const INITIAL_IMPORT: Readonly<ImportState> = Object.freeze({
  phase: 'idle',
  fileNames: [],
  inspection: null,
  selections: {},
  fields: {},
  edits: {},
  presets: {},
  progress: null,
  error: null,
});

export const importStarted = (s: ImportState, fileNames: string[]): ImportState => ({
  ...INITIAL_IMPORT,
  presets: s.presets,
  phase: 'inspecting',
  fileNames,
});

/** A (re-)inspection arrived: its mapping, which already holds the user's fields, becomes the one shown. */
export const inspected = (s: ImportState, inspection: InputInspection): ImportState => ({
  ...s,
  phase: 'step',
  inspection,
  fields: { ...inspection.mapping.fieldMap },
  error: null,
});

/** Re-inspection is needed after this (the coordinates, text or layer read change). */
export const selectionChanged = (s: ImportState, key: keyof ImportSelections, value: string | undefined): ImportState => ({
  ...s,
  phase: 'inspecting',
  selections: { ...s.selections, [key]: value === '' ? undefined : value },
});

export const fieldColumnSet = (s: ImportState, field: string, column: string | null): ImportState => ({
  ...s,
  fields: fieldsWithColumn(s.fields, field, column),
  edits: editsWithColumn(s.edits, s.fields, field, column),
});

export const presetApplied = (s: ImportState, name: string): ImportState => {
  const preset = s.presets[name];
  if (!preset || !s.inspection) return s;
  // The preset's columns win; recognised columns it leaves out stay mapped.
  let next = s;
  for (const [field, column] of Object.entries(fieldsForColumns(preset, s.inspection.columns))) next = fieldColumnSet(next, field, column);
  return next;
};

export const presetSaved = (s: ImportState, name: string): ImportState => ({ ...s, presets: presetsWithSaved(s.presets, name, s.fields) });
export const presetDeleted = (s: ImportState, name: string): ImportState => ({ ...s, presets: presetsWithout(s.presets, name) });

export const importFailed = (s: ImportState, error: string): ImportState => ({ ...s, phase: s.inspection ? 'step' : 'idle', error, progress: null });
export const commitStarted = (s: ImportState): ImportState => ({ ...s, phase: 'loading', progress: null, error: null });
export const commitProgressed = (s: ImportState, progress: LoadProgress): ImportState => (s.phase === 'loading' ? { ...s, progress } : s);
export const importClosed = (s: ImportState): ImportState => ({ ...INITIAL_IMPORT, presets: s.presets });

/**
 * The user's choices as the worker takes them, for a re-inspection and the commit alike. Only the
 * mapping edits go (with null for a field set to none): the rest is recognised by name again, so
 * an encoding change renames columns without the old names blocking the new ones.
 */
export function importChoicesOf(s: Pick<ImportState, 'selections' | 'edits'>): ImportChoices {
  return { ...s.selections, fields: Object.keys(s.edits).length > 0 ? { ...s.edits } : undefined };
}

/** Fraction of the commit done for the progress bar: decoding is the first tenth, conversion the rest. */
export function commitFractionOf(progress: LoadProgress | null): number {
  if (!progress) return 0;
  const f = progress.fraction ?? 0;
  if (progress.stage === 'decode') return 0.05;
  if (progress.stage === 'convert') return 0.1 + 0.8 * f;
  if (progress.stage === 'geometry') return 0.95;
  return progress.totalBytes ? 0.1 * (progress.bytes / progress.totalBytes) : 0;
}

export const useImportStore = create<ImportState>()(() => ({ ...INITIAL_IMPORT, presets: loadPresets() }));
