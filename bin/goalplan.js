#!/usr/bin/env node
// The `goalplan` command: runs the bundled CLI (build it with `npm run build`).
'use strict';
const path = require('path');
const fs = require('fs');
const bundle = path.join(__dirname, '..', 'dist', 'cli', 'goalplan.js');
if (!fs.existsSync(bundle)) {
  process.stderr.write('goalplan: the CLI is not built yet; run `npm run build` first\n');
  process.exit(2);
}
require(bundle);
