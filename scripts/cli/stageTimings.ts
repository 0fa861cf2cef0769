/**
 * Wall and CPU seconds per stage of a run, one stderr line each, when PARKTWIN_TIMINGS=1: what the
 * benchmarks and a profile-minded user read to see where a run's time goes. Silent otherwise.
 */
export function stageTimings(stream: { write(text: string): unknown } | undefined): { mark(stage: string): void } {
  if (!stream) return { mark() {} };
  let wallMs = performance.now();
  let cpu = process.cpuUsage();
  return {
    mark(stage) {
      const nowMs = performance.now();
      const used = process.cpuUsage(cpu);
      stream.write(`parktwin timing: ${stage} ${((nowMs - wallMs) / 1000).toFixed(3)} s wall, ${((used.user + used.system) / 1e6).toFixed(3)} s CPU\n`);
      wallMs = nowMs;
      cpu = process.cpuUsage();
    },
  };
}
