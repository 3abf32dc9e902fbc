// What every request handler checks before its feature runs: after `shutdown` a request is an
// InvalidRequest (LSP: "If a server receives requests after a shutdown request those requests
// should error with InvalidRequest"), and a request that reads other files (a session's plan,
// a goal's sessions) waits until the workspace index is complete instead of answering from a
// half-built one ("this client has no goal plan" while the plan is still being read).
import { ErrorCodes, ResponseError } from 'vscode-languageserver/node';
import type { ServerContext } from '../context';

export function refuseAfterShutdown(ctx: ServerContext): void {
  if (ctx.shutDown) throw new ResponseError(ErrorCodes.InvalidRequest, 'the server is shutting down: no requests after shutdown');
}

/** A handler that answers at once (it reads only the document itself), but not after shutdown. */
export function live<P, R>(ctx: ServerContext, handler: (p: P) => R): (p: P) => R {
  return (p) => {
    refuseAfterShutdown(ctx);
    return handler(p);
  };
}

/** A handler that needs the whole workspace: waits for the index, then answers (not after shutdown). */
export function indexed<P, R>(ctx: ServerContext, handler: (p: P) => R | Promise<R>): (p: P) => Promise<R> {
  return async (p) => {
    refuseAfterShutdown(ctx);
    await ctx.whenIndexed();
    refuseAfterShutdown(ctx);
    return handler(p);
  };
}
