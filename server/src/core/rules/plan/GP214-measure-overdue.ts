// GP214 measure-overdue: the plan's `monitor` schedule (SPEC 5.2) has slipped. Measurement-based
// care needs the measure at (nearly) every session for its not-on-track signals (GP215) to work
// (Lambert et al. 2001; PCOMS). The schedule facts live in model/schedule.ts (also the caseload's).
import { overdueMeasures } from '../../model/schedule';
import { defineRule } from '../types';

export const GP214 = defineRule({
  id: 'GP214',
  alias: 'measure-overdue',
  description: 'a monitored instrument was not scored on schedule (`monitor`: every-session or a longest interval)',
  defaultSeverity: 'warning',
  appliesTo: 'goal-plan',
  fixable: false,
  check(ctx) {
    const fm = ctx.doc.frontMatter;
    if (!fm || !ctx.doc.plan) return;
    // overdueMeasures skips a closed plan (SPEC 5.1).
    for (const o of overdueMeasures(ctx.workspace, ctx.doc, ctx.config, ctx.today)) {
      const name = o.def.name;
      const message = o.session
        ? `${name} is to be scored every session, and the latest held session (${o.session.session!.date}) has no ${name} score.`
        : o.lastFrom === 'score'
          ? `${name} is to be scored at least every ${o.every}: last scored ${o.last}, due ${o.due}, not scored since.`
          : `${name} is to be scored at least every ${o.every}: not scored since the plan started on ${o.last}, due ${o.due}.`;
      ctx.report({ span: fm.rangeOf(['monitor', o.key], 'key'), message, data: { instrument: name, due: o.due } });
    }
  },
});
