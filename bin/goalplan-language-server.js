#!/usr/bin/env node
// The language server for any LSP editor: `goalplan-language-server --stdio`.
'use strict';
const path = require('path');
require(path.join(__dirname, '..', 'dist', 'server', 'server.js'));
