// The processes a test run started, found by a marker in their environment rather than by
// parentage: code-server and Chromium run in process groups of their own, and whatever outlives
// its parent is re-parented away from the run, yet every one of them inherits the environment.
// A run that stops a step at its deadline, or ends, kills what still carries its marker, so no
// code-server, browser or language server outlives it holding the CI job's output open.
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Sets a new marker in this process's environment (inherited by every child) and returns it. */
export function markRun(variable) {
  process.env[variable] = `${process.pid}-${Date.now()}`;
  return `${variable}=${process.env[variable]}`;
}

/** Processes but this one (and `spare`) whose environment holds `marker` (`NAME=value`): pid and command line. */
export function markedProcesses(marker, spare = []) {
  const found = [];
  let entries = [];
  try { entries = readdirSync('/proc'); } catch { return found; } // no procfs: nothing to find
  for (const name of entries) {
    if (!/^\d+$/.test(name) || Number(name) === process.pid || spare.includes(Number(name))) continue;
    try {
      const env = readFileSync(`/proc/${name}/environ`, 'latin1').split('\0');
      if (!env.includes(marker)) continue;
      const cmd = readFileSync(`/proc/${name}/cmdline`, 'latin1').split('\0').filter(Boolean).join(' ');
      found.push({ pid: Number(name), cmd: cmd.slice(0, 200) });
    } catch { /* gone, or not ours to read */ }
  }
  return found;
}

/** SIGKILLs every process carrying `marker` (but this one and `spare`) and returns what it killed. */
export function killMarked(marker, spare = []) {
  const found = markedProcesses(marker, spare);
  for (const p of found) {
    try { process.kill(p.pid, 'SIGKILL'); } catch { /* already gone */ }
  }
  return found;
}

// `node test/e2e/lib/processes.mjs NAME`: what .ci/run calls at its end. Kills every process
// carrying NAME's current value but the caller (the job's shell carries it too) and names them.
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const name = process.argv[2];
  if (!name || !process.env[name]) {
    console.error('usage: processes.mjs NAME (NAME set in the environment)');
    process.exit(2);
  }
  const killed = killMarked(`${name}=${process.env[name]}`, [process.ppid]);
  if (killed.length) console.log('CI: left running after the tests (killed now):');
  for (const p of killed) console.log(`  ${p.pid} ${p.cmd}`);
}
