/** A problem found in the input. Every problem names the feature, the field and the reason. */
export type Severity = 'error' | 'warning';

export interface InputIssue {
  /** 0-based position of the feature in the input; -1 for a problem with the file as a whole. */
  index: number;
  /** The feature's id when it has a usable one, else null. */
  id: string | null;
  severity: Severity;
  /** Stable machine-readable code, e.g. `missing-id`, `self-intersection`. */
  code: string;
  /** The property (or `geometry`) the problem is about; null for the whole feature/file. */
  field: string | null;
  /** A sentence a person can act on, in English. */
  message: string;
}
