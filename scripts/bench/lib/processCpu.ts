/**
 * CPU seconds (user + system) used so far by every process descending from `root` (Linux /proc):
 * for a browser benchmark, Chromium's browser, renderer and GPU processes with their workers.
 * Unlike wall time it barely moves with what else the machine runs. NaN where /proc is missing.
 */
import { readdirSync, readFileSync } from 'node:fs';

const TICKS_PER_SECOND = 100;

function statOf(pid: string): { ppid: number; ticks: number } | null {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name, which is in parentheses and may hold spaces.
    const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
    return { ppid: Number(fields[1]), ticks: Number(fields[11]) + Number(fields[12]) };
  } catch {
    return null;
  }
}

/** The process's Chromium `--type` (renderer, gpu-process, utility…), `browser` without one. */
function kindOf(pid: number): string {
  try {
    // Chromium rewrites its children's titles with spaces between the arguments.
    const args = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split(/[\0 ]/);
    const type = args.find((a) => a.startsWith('--type='));
    return type ? type.slice(7) : 'browser';
  } catch {
    return '?';
  }
}

/** descendantsCpuSeconds by kind of process. */
export function descendantsCpuByKind(root: number = process.pid): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [pid, ticks] of descendantTicks(root) ?? []) {
    const kind = kindOf(pid);
    out[kind] = (out[kind] ?? 0) + ticks / TICKS_PER_SECOND;
  }
  return out;
}

export function descendantsCpuSeconds(root: number = process.pid): number {
  const ticks = descendantTicks(root);
  if (ticks === null) return NaN;
  let sum = 0;
  for (const t of ticks.values()) sum += t;
  return sum / TICKS_PER_SECOND;
}

function descendantTicks(root: number): Map<number, number> | null {
  let pids: string[];
  try {
    pids = readdirSync('/proc').filter((p) => /^\d+$/.test(p));
  } catch {
    return null;
  }
  const stats = new Map<number, { ppid: number; ticks: number }>();
  for (const pid of pids) {
    const s = statOf(pid);
    if (s) stats.set(Number(pid), s);
  }
  const isDescendant = (pid: number): boolean => {
    for (let p = stats.get(pid)?.ppid, hops = 0; p !== undefined && p > 1 && hops < 64; p = stats.get(p)?.ppid, hops++) if (p === root) return true;
    return false;
  };
  const out = new Map<number, number>();
  for (const [pid, s] of stats) if (isDescendant(pid)) out.set(pid, s.ticks);
  return out;
}
