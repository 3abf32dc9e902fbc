// goalplan/newDischargeSummary as a plain function of the workspace model: the discharge draft
// of a client (SPEC 5.6, 5.8), the same core function `goalplan discharge` writes
// (core/discharge/draft.ts), and where it goes: `discharge-DATE.md` beside the plan a session of
// the discharge date would belong to, as the CLI's default. The editor creates the file
// exclusively and never overwrites one; this only answers where and what.
import * as path from 'node:path';
import { ErrorCodes, LSPErrorCodes, ResponseError } from 'vscode-languageserver';
import { isIsoDate } from '../../core/dates';
import { dischargeDraft } from '../../core/discharge/draft';
import { invalidClientId } from '../../core/newNote';
import type { NewDischargeSummaryParams, NewDischargeSummaryResult } from '../../shared/lspProtocol';
import { fileUri, fsPath } from '../uris';
import { isInside } from './requests';
import type { ServiceContext } from './types';

export function newDischargeSummary(ctx: ServiceContext, p: NewDischargeSummaryParams): NewDischargeSummaryResult {
  const client = typeof p?.client === 'string' ? p.client.trim() : '';
  const invalid = invalidClientId(client, process.platform === 'win32');
  if (invalid) throw new ResponseError(ErrorCodes.InvalidParams, `not a client id: ${invalid}`);
  const today = ctx.today();
  const date = p.date ?? today;
  if (!isIsoDate(date)) throw new ResponseError(ErrorCodes.InvalidParams, `not a date: ${String(date)}`);
  // The plan's own folder configuration (its instruments, their RCs), as the CLI reads it.
  const choice = ctx.workspace.planForDate(client, date);
  const config = ctx.configFor(choice?.plan.uri ?? fileUri(path.join(ctx.roots[0] ?? process.cwd(), 'plan.md')));
  const result = dischargeDraft(ctx.workspace, client, date, today, config);
  if (!result.ok) throw new ResponseError(LSPErrorCodes.RequestFailed, 'this client has no goal plan in the workspace to write a discharge summary for');
  const planUri = result.draft.plan.uri;
  const file = path.join(path.dirname(fsPath(planUri)), `discharge-${date}.md`);
  if (!ctx.roots.some((r) => isInside(r, file))) throw new ResponseError(ErrorCodes.InvalidParams, 'the summary would be outside the workspace folders');
  return { path: file, uri: fileUri(file), text: result.draft.text, date, plan: ctx.relative(planUri) };
}
