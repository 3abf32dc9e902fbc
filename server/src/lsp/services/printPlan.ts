// goalplan/printPlan: the printable plan page of a client (SPEC 5.6), built by the same core
// functions `goalplan plan` uses (progress/printPlan.ts, render/planPage.ts) with the plan's own
// folder configuration, and written with the CLI's --out writer (node/outFile.ts): atomic, never
// over a plan or session note or anything that is not a regular file, and over another existing
// file only when the clinician confirmed replacing it in the save dialog. The page is written
// here, not by the extension, so the goal-file check reads the file with the core's parser and
// the extension's activation bundle stays small.
import * as path from 'node:path';
import { ErrorCodes, LSPErrorCodes, ResponseError } from 'vscode-languageserver';
import { invalidClientId } from '../../core/newNote';
import { printablePlan } from '../../core/progress/printPlan';
import { PLAN_MARK, planPageHtml } from '../../core/render/planPage';
import { OutputRefusedError, writeOutFile } from '../../node/outFile';
import { planStyleSrc } from '../../node/planPage';
import type { PrintPlanParams, PrintPlanResult } from '../../shared/lspProtocol';
import { fileUri } from '../uris';
import type { ServiceContext } from './types';

export async function printPlan(ctx: ServiceContext, p: PrintPlanParams): Promise<PrintPlanResult> {
  const client = typeof p?.client === 'string' ? p.client.trim() : '';
  const invalid = invalidClientId(client, process.platform === 'win32');
  if (invalid) throw new ResponseError(ErrorCodes.InvalidParams, `not a client id: ${invalid}`);
  if (typeof p.forClient !== 'boolean' || typeof p.replace !== 'boolean') throw new ResponseError(ErrorCodes.InvalidParams, 'forClient and replace must be true or false');
  if (typeof p.target !== 'string' || !path.isAbsolute(p.target) || /[\0\r\n]/.test(p.target)) throw new ResponseError(ErrorCodes.InvalidParams, 'target must be an absolute file path');
  const today = ctx.today();
  const planDoc = ctx.workspace.planForDate(client, today)?.plan;
  const result = planDoc ? printablePlan(ctx.workspace, client, { today, config: ctx.configFor(planDoc.uri) }) : undefined;
  if (!result?.ok) throw new ResponseError(LSPErrorCodes.RequestFailed, 'this client has no goal plan in the workspace');
  // linkedom only when a page is asked for: never evaluated at server start.
  const { parseHTML } = await import('linkedom');
  const { document } = parseHTML('<!DOCTYPE html><html><head></head><body></body></html>');
  const html = planPageHtml(result.plan, { document: document as unknown as Document, forClient: p.forClient, styleSrc: planStyleSrc() });
  try {
    writeOutFile(p.target, html, { force: p.replace, ownMark: PLAN_MARK });
  } catch (error) {
    // Reasons name the file's kind, never its content.
    if (error instanceof OutputRefusedError) throw new ResponseError(LSPErrorCodes.RequestFailed, `not written: ${error.reason}`);
    throw new ResponseError(LSPErrorCodes.RequestFailed, `could not write the file (${(error as NodeJS.ErrnoException).code ?? 'EIO'})`);
  }
  return { path: p.target, uri: fileUri(p.target) };
}
