import { create } from 'zustand';
import type { QualityPayload } from '../worker/protocol.ts';

export interface QualityState {
  /** The data-quality report of the plots shown; null until the worker has computed it. */
  quality: QualityPayload | null;
  /** Outline the plots the report names on the map (layers panel toggle). */
  layerVisible: boolean;
  /** The data-issues dialog's tab: the validator's input issues or this report. */
  dialogTab: 'input' | 'quality';
}

export const INITIAL_QUALITY: Readonly<QualityState> = Object.freeze({ quality: null, layerVisible: true, dialogTab: 'input' });

export const qualityCleared = (s: QualityState): QualityState => ({ ...s, quality: null });
export const qualityArrived = (s: QualityState, quality: QualityPayload): QualityState => ({ ...s, quality });
export const setDialogTab = (s: QualityState, dialogTab: QualityState['dialogTab']): QualityState => ({ ...s, dialogTab });
export const setQualityLayerVisible = (s: QualityState, layerVisible: boolean): QualityState => ({ ...s, layerVisible });

export const useQualityStore = create<QualityState>()(() => ({ ...INITIAL_QUALITY }));
