import { generateCorpus } from './corpus';
import { Workspace } from '../../server/src/core/model/workspace';
import { applyEdit, parseDocument } from '../../server/src/core/parse/document';
import { lintDocument } from '../../server/src/core/lint';
import { allRules } from '../../server/src/core/rules';
const files = generateCorpus({ clients: 1, sessionsPerClient: 40, goalsPerPlan: 200, seed: 99 });
const ws = new Workspace();
for (const f of files) ws.set(parseDocument(f.path, f.text));
let plan = ws.get(files[0].path)!;
const targets = [...plan.text.matchAll(/target: (\d+)/g)].map((m) => m.index! + 8);
const today = '2026-11-26';
const per = new Map<string, number>();
let tot = 0, tparse = 0;
for (let i = 0; i < 60; i++) {
  const at = targets[(i * 37) % targets.length];
  let t = performance.now();
  plan = applyEdit(plan, { span: { start: at, end: at + 1 }, newText: plan.text[at] === '4' ? '5' : '4' });
  ws.set(plan);
  tparse += performance.now() - t;
  t = performance.now();
  lintDocument(plan, ws, { today });
  tot += performance.now() - t;
  for (const r of allRules) { const s = performance.now(); lintDocument(plan, ws, { today, rules: [r] }); per.set(r.id, (per.get(r.id) ?? 0) + performance.now() - s); }
}
console.log('applyEdit', (tparse / 60).toFixed(2), 'ms; lint', (tot / 60).toFixed(2), 'ms');
console.log([...per].sort((a, b) => b[1] - a[1]).slice(0, 8).map(([k, v]) => `${k} ${(v / 60).toFixed(2)}`).join('\n'));
const s = ws.get(files[1].path)!;
let t = performance.now(); for (let i = 0; i < 50; i++) lintDocument(s, ws, { today }); console.log('session lint', ((performance.now() - t) / 50).toFixed(2));
t = performance.now(); for (let i = 0; i < 5; i++) for (const f of files.slice(1)) lintDocument(ws.get(f.path)!, ws, { today }); console.log('40 sessions', ((performance.now() - t) / 5).toFixed(2));
{
  const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
  let c = cpu(); for (let i = 0; i < 40; i++) { const at = targets[(i * 37) % targets.length]; plan = applyEdit(plan, { span: { start: at, end: at + 1 }, newText: plan.text[at] === '4' ? '5' : '4' }); ws.set(plan); }
  console.log('CPU applyEdit', ((cpu() - c) / 40).toFixed(2));
  c = cpu(); for (let i = 0; i < 40; i++) lintDocument(plan, ws, { today }); console.log('CPU plan lint', ((cpu() - c) / 40).toFixed(2));
  c = cpu(); for (let i = 0; i < 100; i++) lintDocument(s, ws, { today }); console.log('CPU session lint', ((cpu() - c) / 100).toFixed(2));
  c = cpu(); for (let i = 0; i < 5; i++) for (const f of files.slice(1)) lintDocument(ws.get(f.path)!, ws, { today }); console.log('CPU 40 sessions', ((cpu() - c) / 5).toFixed(2));
}
