// The bundles every process-spawning suite needs: one build per mocha process (shared with the CLI harness).
export { ensureBuilt, REPO } from '../unit/cli-harness';
