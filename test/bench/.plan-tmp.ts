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
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
const s = ws.get(files[1].path)!;
for (let round = 0; round < 2; round++) {
  let c = cpu(); for (let i = 0; i < 40; i++) { const at = targets[(i * 37) % targets.length]; plan = applyEdit(plan, { span: { start: at, end: at + 1 }, newText: plan.text[at] === '4' ? '5' : '4' }); ws.set(plan); lintDocument(plan, ws, { today }); }
  console.log('CPU applyEdit+plan lint', ((cpu() - c) / 40).toFixed(2));
  const per = new Map<string, number>();
  for (const r of allRules) { const c0 = cpu(); for (let i = 0; i < 10; i++) lintDocument(plan, ws, { today, rules: [r] }); per.set(r.id, (cpu() - c0) / 10); }
  if (round === 1) console.log([...per].sort((a, b) => b[1] - a[1]).slice(0, 6).map(([k, v]) => `${k} ${v.toFixed(2)}`).join(', '));
  c = cpu(); for (let i = 0; i < 100; i++) lintDocument(s, ws, { today }); console.log('CPU session lint', ((cpu() - c) / 100).toFixed(2));
  c = cpu(); for (let i = 0; i < 5; i++) for (const f of files.slice(1)) lintDocument(ws.get(f.path)!, ws, { today }); console.log('CPU 40 sessions', ((cpu() - c) / 5).toFixed(2));
}
