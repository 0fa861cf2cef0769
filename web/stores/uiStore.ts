import { create } from 'zustand';
import type { Language } from '../i18n/index.ts';

export type LeftPanel = 'layers' | 'filters' | 'params' | 'subparks';

export interface UiState {
  language: Language;
  leftPanel: LeftPanel;
  /** Row of the selected plot in the loaded table, or -1. */
  selectedRow: number;
  dashboardOpen: boolean;
  helpOpen: boolean;
  /** The list of problems found in the loaded file. */
  issuesOpen: boolean;
  toast: string | null;
}

export const INITIAL_UI: Readonly<UiState> = Object.freeze({ language: 'zh', leftPanel: 'layers', selectedRow: -1, dashboardOpen: false, helpOpen: false, issuesOpen: false, toast: null });

export const setLanguage = (s: UiState, language: Language): UiState => ({ ...s, language });
export const toggleLanguage = (s: UiState): UiState => ({ ...s, language: s.language === 'zh' ? 'en' : 'zh' });
export const setLeftPanel = (s: UiState, leftPanel: LeftPanel): UiState => ({ ...s, leftPanel });
export const selectRow = (s: UiState, selectedRow: number): UiState => ({ ...s, selectedRow });
export const toggleDashboard = (s: UiState): UiState => ({ ...s, dashboardOpen: !s.dashboardOpen });
export const setDashboardOpen = (s: UiState, dashboardOpen: boolean): UiState => ({ ...s, dashboardOpen });
export const toggleHelp = (s: UiState): UiState => ({ ...s, helpOpen: !s.helpOpen });
export const setIssuesOpen = (s: UiState, issuesOpen: boolean): UiState => ({ ...s, issuesOpen });
export const showToast = (s: UiState, toast: string | null): UiState => ({ ...s, toast });

export const useUiStore = create<UiState>()(() => ({ ...INITIAL_UI }));
