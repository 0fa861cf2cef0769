import type { FieldColumns } from './fieldMapping.ts';

/** Named field mappings the user saved, so the next file from the same bureau maps in one click. */
export type MappingPresets = Readonly<Record<string, FieldColumns>>;

export const PRESETS_STORAGE_KEY = 'parktwin.importPresets.v1';
const MAX_NAME = 40;

/** Presets with `name` (trimmed) set to `fields`; an empty name changes nothing. */
export function presetsWithSaved(presets: MappingPresets, name: string, fields: FieldColumns): MappingPresets {
  const key = name.trim().slice(0, MAX_NAME);
  if (key === '') return presets;
  return { ...presets, [key]: { ...fields } };
}

export function presetsWithout(presets: MappingPresets, name: string): MappingPresets {
  const next: Record<string, FieldColumns> = { ...presets };
  delete next[name];
  return next;
}

/** Preset names in a stable order for the chooser. */
export function presetNamesOf(presets: MappingPresets): string[] {
  return Object.keys(presets).sort((a, b) => a.localeCompare(b, 'zh'));
}

/**
 * Presets read from stored text; anything that is not an object of name → {field: column} (a
 * stale or hand-edited entry) is left out rather than breaking the import step.
 */
export function presetsOfText(text: string | null): MappingPresets {
  if (!text) return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return {};
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return {};
  const out: Record<string, FieldColumns> = Object.create(null) as Record<string, FieldColumns>;
  for (const [name, fields] of Object.entries(parsed as Record<string, unknown>)) {
    if (typeof fields !== 'object' || fields === null || Array.isArray(fields)) continue;
    const entries = Object.entries(fields as Record<string, unknown>).filter((e): e is [string, string] => typeof e[1] === 'string');
    out[name.slice(0, MAX_NAME)] = Object.fromEntries(entries);
  }
  return { ...out };
}

/** The presets kept in this browser (localStorage); none when storage is unavailable. */
export function loadPresets(storage: Pick<Storage, 'getItem'> | null = globalThis.localStorage ?? null): MappingPresets {
  try {
    return presetsOfText(storage?.getItem(PRESETS_STORAGE_KEY) ?? null);
  } catch {
    return {};
  }
}

/** Writes the presets; false when the browser refuses (private mode, quota). */
export function storePresets(presets: MappingPresets, storage: Pick<Storage, 'setItem'> | null = globalThis.localStorage ?? null): boolean {
  try {
    storage?.setItem(PRESETS_STORAGE_KEY, JSON.stringify(presets));
    return storage !== null;
  } catch {
    return false;
  }
}
