import { describe, expect, it } from 'vitest';
import { testHooksOf } from '../../web/app/testHooks.ts';
import { useFilterStore } from '../../web/stores/filterStore.ts';

type Hooks = Record<string, { getState?: () => unknown; subscribe?: unknown; setState?: unknown }>;

describe('window.__parktwin', () => {
  it('reads the stores but cannot write them in a production build', () => {
    const hooks = testHooksOf(false) as Hooks;
    for (const name of ['data', 'analysis', 'filters', 'view', 'ui', 'mask', 'cursor']) {
      expect(typeof hooks[name].getState, name).toBe('function');
      expect(typeof hooks[name].subscribe, name).toBe('function');
      expect(hooks[name].setState, name).toBeUndefined();
      expect(Object.isFrozen(hooks[name])).toBe(true);
    }
    expect(hooks.requestAnalysis).toBeUndefined();
    expect(hooks.filters.getState!()).toBe(useFilterStore.getState());
    expect(Object.isFrozen(hooks)).toBe(true);
  });

  it('gives the test build the stores themselves', () => {
    const hooks = testHooksOf(true) as Hooks;
    expect(hooks.filters).toBe(useFilterStore);
    expect(typeof hooks.requestAnalysis).toBe('function');
  });
});
