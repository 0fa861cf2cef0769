/** Progress lines on stderr: rewritten in place on a terminal, one line per 10% step otherwise. */
export interface Progress {
  update(stage: string, fraction: number): void;
  /** Ends the progress display (clears the terminal line). */
  end(): void;
}

export const SILENT_PROGRESS: Progress = { update() {}, end() {} };

interface ProgressStream {
  write(text: string): unknown;
  isTTY?: boolean;
}

/** `nowMs`: the clock that paces redraws on a terminal (injected by tests). */
export function stderrProgress(stream: ProgressStream, describe: (stage: string, fraction: number) => string, nowMs: () => number = Date.now): Progress {
  const tty = stream.isTTY === true;
  let lastStage = '';
  let lastStep = -1;
  let lastDrawMs = 0;
  let drawn = false;
  return {
    update(stage, fraction) {
      const step = Math.floor(fraction * 10);
      const now = nowMs();
      if (tty) {
        if (stage === lastStage && now - lastDrawMs < 100 && fraction < 1) return;
        stream.write(`\r\x1b[K${describe(stage, fraction)}`);
        drawn = true;
      } else {
        if (stage === lastStage && step === lastStep) return;
        stream.write(`${describe(stage, fraction)}\n`);
      }
      lastStage = stage;
      lastStep = step;
      lastDrawMs = now;
    },
    end() {
      if (tty && drawn) stream.write('\r\x1b[K');
    },
  };
}
