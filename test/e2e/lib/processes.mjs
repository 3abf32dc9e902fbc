// The processes a test run started, found by a marker in their environment rather than by
// parentage: code-server and Chromium run in process groups of their own, and whatever outlives
// its parent is re-parented away from the run, yet every one of them inherits the environment.
// A run that stops a step at its deadline, or ends, kills what still carries its marker, so no
// code-server, browser or language server outlives it holding the CI job's output open.
import { readdirSync, readFileSync } from 'node:fs';

/** Sets a new marker in this process's environment (inherited by every child) and returns it. */
export function markRun(variable) {
  process.env[variable] = `${process.pid}-${Date.now()}`;
  return `${variable}=${process.env[variable]}`;
}

/** Processes other than this one whose environment holds `marker` (`NAME=value`): pid and command line. */
export function markedProcesses(marker) {
  const found = [];
  let entries = [];
  try { entries = readdirSync('/proc'); } catch { return found; } // no procfs: nothing to find
  for (const name of entries) {
    if (!/^\d+$/.test(name) || Number(name) === process.pid) continue;
    try {
      const env = readFileSync(`/proc/${name}/environ`, 'latin1').split('\0');
      if (!env.includes(marker)) continue;
      const cmd = readFileSync(`/proc/${name}/cmdline`, 'latin1').split('\0').filter(Boolean).join(' ');
      found.push({ pid: Number(name), cmd: cmd.slice(0, 200) });
    } catch { /* gone, or not ours to read */ }
  }
  return found;
}

/** SIGKILLs every process carrying `marker` (but this one) and returns what it killed. */
export function killMarked(marker) {
  const found = markedProcesses(marker);
  for (const p of found) {
    try { process.kill(p.pid, 'SIGKILL'); } catch { /* already gone */ }
  }
  return found;
}
