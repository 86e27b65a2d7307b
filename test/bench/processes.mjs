// CPU time of Chromium's processes, read from /proc (Linux only). A browser is found by its
// profile folder (--user-data-dir=…); its renderers, GPU and utility processes are its descendants.
import { readdirSync, readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

let clockTicks;
/** Kernel clock ticks per second (utime and stime are counted in them). */
function ticksPerSecond() {
  if (clockTicks === undefined) {
    try {
      clockTicks = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
    } catch {
      clockTicks = 100;
    }
  }
  return clockTicks;
}

export const procAvailable = () => process.platform === 'linux';

function readProc(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name, which is in parentheses and may hold spaces.
    const rest = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ppid = Number(rest[1]);
    const utime = Number(rest[11]);
    const stime = Number(rest[12]);
    const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split(/[\0 ]/).filter(Boolean);
    return { pid, ppid, cpuSeconds: (utime + stime) / ticksPerSecond(), cmdline };
  } catch {
    return null; // gone between the listing and the read
  }
}

function allProcesses() {
  const list = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    const info = readProc(Number(name));
    if (info) list.push(info);
  }
  return list;
}

/** Every process of the browser using this profile: the browser process and its descendants. */
export function browserProcesses(profileDir) {
  if (!procAvailable()) return [];
  const all = allProcesses();
  const root = all.find((p) => !p.cmdline.some((a) => a.startsWith('--type=')) && p.cmdline.includes(`--user-data-dir=${profileDir}`));
  if (!root) return [];
  const children = new Map();
  for (const p of all) {
    if (!children.has(p.ppid)) children.set(p.ppid, []);
    children.get(p.ppid).push(p);
  }
  const tree = [];
  const queue = [root];
  while (queue.length) {
    const p = queue.shift();
    tree.push(p);
    queue.push(...(children.get(p.pid) ?? []));
  }
  return tree.map((p) => ({ ...p, kind: kindOf(p.cmdline) }));
}

function kindOf(cmdline) {
  const type = cmdline.find((a) => a.startsWith('--type='))?.slice(7) ?? 'browser';
  if (type === 'renderer' && cmdline.includes('--extension-process')) return 'extension';
  return type;
}

/** A CPU snapshot: seconds of CPU per pid, with the process kind. */
export function cpuSnapshot(profileDir) {
  const snapshot = new Map();
  for (const p of browserProcesses(profileDir)) snapshot.set(p.pid, { kind: p.kind, cpuSeconds: p.cpuSeconds });
  return snapshot;
}

/**
 * CPU seconds spent between two snapshots, by process kind and in total. A process born during
 * the window counts from zero; one that died during it is lost (its last figures are unknown).
 */
export function cpuBetween(before, after) {
  const byKind = {};
  let total = 0;
  for (const [pid, end] of after) {
    const start = before.get(pid)?.cpuSeconds ?? 0;
    const spent = Math.max(0, end.cpuSeconds - start);
    byKind[end.kind] = (byKind[end.kind] ?? 0) + spent;
    total += spent;
  }
  return { byKind, total, extension: byKind.extension ?? 0, extensionProcesses: [...after.values()].filter((p) => p.kind === 'extension').length };
}
