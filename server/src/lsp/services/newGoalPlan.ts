// goalplan/newGoalPlan as a plain function of the workspace model: where a client's new goal
// plan goes and what it says (the SMART template of core/templates/goalPlan.ts), with review
// dates from the review interval configured for that folder (review.maxInterval of the
// .goalplan.yaml cascade and the editor setting) and "today" (goalplan.today). The editor writes
// it, never over an existing file.
import * as path from 'node:path';
import { ResponseError, ErrorCodes } from 'vscode-languageserver';
import { isIsoDate } from '../../core/dates';
import { goalPlanTemplate } from '../../core/templates/goalPlan';
import { clientIdProblem } from '../../shared/clientId';
import type { NewGoalPlanParams, NewGoalPlanResult } from '../../shared/lspProtocol';
import { fileUri, fsPath } from '../uris';
import type { ServiceContext } from './types';

export function newGoalPlan(ctx: ServiceContext, p: NewGoalPlanParams): NewGoalPlanResult {
  const client = typeof p?.client === 'string' ? p.client.trim() : '';
  const problem = clientIdProblem(client);
  if (problem) throw new ResponseError(ErrorCodes.InvalidParams, problem);
  const today = p.date ?? ctx.today();
  if (!isIsoDate(today)) throw new ResponseError(ErrorCodes.InvalidParams, `not a date: ${today}`);

  // Next to the client's existing plan, else beside its sessions folder, else clients/<id>/.
  const plans = ctx.workspace.plansOf(client);
  const sessions = ctx.workspace.sessionsOf(client);
  const lastPlan = plans[plans.length - 1];
  let dir: string;
  if (lastPlan) dir = path.dirname(fsPath(lastPlan.uri));
  else if (sessions.length) {
    const sessionDir = path.dirname(fsPath(sessions[0].uri));
    dir = path.basename(sessionDir) === 'sessions' ? path.dirname(sessionDir) : sessionDir;
  } else dir = path.join(ctx.roots[0] ?? process.cwd(), 'clients', client);
  const file = path.join(dir, 'plan.md');

  const clinician = lastPlan?.plan?.clinician;
  const every = ctx.configFor(fileUri(file)).review.maxInterval;
  const t = goalPlanTemplate({ client, today, every, clinician: typeof clinician === 'string' ? clinician : undefined });
  return { path: file, uri: fileUri(file), date: today, snippet: t.snippet, text: t.text };
}
