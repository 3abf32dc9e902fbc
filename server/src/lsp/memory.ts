// The server's memory in its log after the big passes (the index, a full re-check): sizes only,
// so a clinic's admin (and `npm run bench`) can see what a workspace costs.

/** V8 heap committed and in use, and the process's resident set, in MB. */
export function heapText(): string {
  const m = process.memoryUsage();
  const mb = (n: number) => Math.round(n / (1024 * 1024));
  return `heap ${mb(m.heapTotal)} MB committed, ${mb(m.heapUsed)} MB used; resident ${mb(m.rss)} MB`;
}
