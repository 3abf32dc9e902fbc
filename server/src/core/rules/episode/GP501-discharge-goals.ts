// GP501 discharge-goals: a discharge summary accounts for every goal that was in play when care
// ended, and names only goals of its plan (SPEC 5.4). The goals are those of the plan the summary
// belongs to that were active (SPEC 1.1) on the plan's `closed` date, or without one on the
// summary's date. A missing entry is reported at `goals` (or `kind` when there is no `goals`);
// an unknown id at its key.
import { dateOrAbsent, goalActiveOn } from '../../model/goals';
import { goalsById } from '../../model/scores';
import { defineRule } from '../types';

export const GP501 = defineRule({
  id: 'GP501',
  alias: 'discharge-goals',
  description: 'A goal active when the plan closed has no entry in `goals`, or `goals` names an id the plan lacks.',
  defaultSeverity: 'warning',
  appliesTo: 'discharge-summary',
  fixable: false,
  check(ctx) {
    const fm = ctx.doc.frontMatter;
    const d = ctx.doc.discharge;
    if (!fm || !d) return;
    const planDoc = ctx.workspace.planFor(ctx.doc)?.plan;
    const plan = planDoc?.plan;
    if (!planDoc || !plan) return; // GP307 speaks for a client without a plan
    const goals = goalsById(planDoc);
    const entries = d.goals && typeof d.goals === 'object' && !Array.isArray(d.goals) ? d.goals : {};
    const broken = new Set(planDoc.goalBlocks.map((b) => b.idHint).filter((x): x is string => typeof x === 'string'));
    for (const id of Object.keys(entries)) {
      if (goals.has(id) || broken.has(id)) continue;
      ctx.report({ span: fm.rangeOf(['goals', id], 'key'), message: `Goal ${id} is not a goal of the client's plan.`, data: { goal: id } });
    }
    const on = dateOrAbsent(plan.closed) ?? dateOrAbsent(d.date);
    if (!on) return;
    const missing = [...goals.values()].filter((g) => goalActiveOn(g, plan, on) && !Object.hasOwn(entries, g.id)).map((g) => g.id);
    if (missing.length === 0) return;
    const span = fm.has(['goals']) ? fm.rangeOf(['goals'], 'key') : fm.rangeOf(['kind'], 'pair');
    ctx.report({
      span,
      message: `No outcome for goal${missing.length > 1 ? 's' : ''} ${missing.join(', ')}, active on ${on}; add ${missing.length > 1 ? 'them' : 'it'} under \`goals\` with an outcome.`,
      data: { missing },
    });
  },
});
