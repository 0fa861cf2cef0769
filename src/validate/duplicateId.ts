import { describeValue } from './describeValue.ts';

export function duplicateIdMessage(id: string, firstIndex: number): string {
  return `id ${describeValue(id)} is already used by the feature at index ${firstIndex}; ids must be unique`;
}
