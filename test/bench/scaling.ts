// The scaling series in a process of its own: bundled by run.ts like the floor and the CLI, so
// the series starts from an empty heap and empty caches. Run inside the bench process it shared
// the heap with the 12,300-file corpus, the language-server run's data and the history caches,
// and a major collection of all that landed in whichever size happened to trigger it (one run
// read 426 ms for 1,000 files where the others read 220-270 ms).
// Usage: node scaling.js TODAY RUNS SIZE...  (prints the points as JSON)
import { benchScaling } from './inprocess';

const [today, runs, ...sizes] = process.argv.slice(2);
process.stdout.write(`${JSON.stringify(benchScaling(sizes.map(Number), today, Number(runs)))}\n`);
