import { create } from 'zustand';
import type { PlotMask } from '../filters/plotMask.ts';

/** The filter mask and its counts, derived from data + analysis + filters (see useDerivedMask). */
export const useMaskStore = create<{ mask: PlotMask | null }>()(() => ({ mask: null }));
