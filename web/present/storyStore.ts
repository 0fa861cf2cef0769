import { create } from 'zustand';
import { STORY_SCHEMA } from './storyTypes.ts';
import type { StoryState } from './storyUpdaters.ts';
import type { Proposal } from '../../src/index.ts';
import type { ProposalEvaluation } from '../worker/proposalProtocol.ts';

export const INITIAL_STORY: Readonly<StoryState> = Object.freeze<StoryState>({
  story: { schema: STORY_SCHEMA, title: '', slides: [] },
  isDefault: true,
  index: 0,
  presenting: false,
  editorOpen: false,
});

export const useStoryStore = create<StoryState>()(() => ({ ...INITIAL_STORY }));

/** A slide's proposal and, once the worker has applied it to the loaded plots, its evaluation. */
export interface SlideProposal {
  proposal: Proposal;
  evaluation: ProposalEvaluation | null;
  error: string | null;
}

/** What a slide puts on the map besides the camera and the stores it sets: the outlined sub-park, the proposal. */
export const useHighlightStore = create<{ subparkId: string | null; proposal: SlideProposal | null }>()(() => ({ subparkId: null, proposal: null }));
