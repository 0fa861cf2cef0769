import { create } from 'zustand';
import type { ColumnField } from '../worker/protocol.ts';

export const THEMES = ['landUse', 'flags', 'far', 'evaluation', 'numeric'] as const;
export type Theme = (typeof THEMES)[number];
export type Extrusion = 'none' | 'height' | 'gfa';

export interface ViewState {
  theme: Theme;
  numericField: ColumnField;
  extrusion: Extrusion;
  /** Outline every plot when zoomed in (costly on software renderers). */
  outlines: boolean;
}

export const INITIAL_VIEW: Readonly<ViewState> = Object.freeze({ theme: 'landUse', numericField: 'gfaAboveM2', extrusion: 'none', outlines: true });

export const setTheme = (s: ViewState, theme: Theme): ViewState => ({ ...s, theme });
export const setNumericField = (s: ViewState, numericField: ColumnField): ViewState => ({ ...s, numericField, theme: 'numeric' });
export const setExtrusion = (s: ViewState, extrusion: Extrusion): ViewState => ({ ...s, extrusion });
export const toggleExtrusion = (s: ViewState): ViewState => ({ ...s, extrusion: s.extrusion === 'none' ? 'height' : 'none' });
export const setOutlines = (s: ViewState, outlines: boolean): ViewState => ({ ...s, outlines });

export const useViewStore = create<ViewState>()(() => ({ ...INITIAL_VIEW }));
