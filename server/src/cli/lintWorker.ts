// Worker thread of `goalplan lint`: reads, parses and lints one shard of whole clients and posts
// the results back. Parsed documents hold YAML objects that do not cross threads, so each
// worker keeps its own and only plain results travel.
import { parentPort } from 'node:worker_threads';
import { ConfigResolver } from '../node/configResolver';
import { lintPaths } from '../node/lintFiles';

export interface WorkerRequest {
  workspaceRoot: string;
  explicitConfig?: string;
  today: string;
  files: string[];
}

parentPort?.on('message', (req: WorkerRequest) => {
  const resolver = new ConfigResolver(req.workspaceRoot, { explicitConfig: req.explicitConfig });
  parentPort!.postMessage(lintPaths(req.files, resolver, req.today));
});
