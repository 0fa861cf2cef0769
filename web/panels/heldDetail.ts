/**
 * A plot's details as fetched for one selection: the row and the analysis result they were asked
 * for. The inspector shows details only for the selection they belong to, so while the next plot's
 * details are on their way it shows nothing rather than the previous plot's under the new id.
 */
export interface HeldDetail<D, R> {
  row: number;
  result: R;
  detail: D;
}

/** The held details when they belong to this selection and result, else null. */
export function detailForSelection<D, R>(held: HeldDetail<D, R> | null, row: number, result: R): D | null {
  return held !== null && row >= 0 && held.row === row && held.result === result ? held.detail : null;
}
