// Preload (`node -r ./trapNetwork.cjs ...`) that makes every outbound network API throw and
// records the attempt in the file named by GOALPLAN_NET_LOG. Tests run the CLI, the language
// server and the report generator under it and assert the log stays empty.
'use strict';
const fs = require('fs');
const log = process.env.GOALPLAN_NET_LOG;

function trap(api) {
  return function trapped() {
    const line = `${process.pid} ${api}\n`;
    if (log) fs.appendFileSync(log, line);
    throw new Error(`network access blocked in test: ${api}`);
  };
}

const net = require('net');
net.connect = net.createConnection = trap('net.connect');
net.Socket.prototype.connect = trap('net.Socket.connect');
const tls = require('tls');
tls.connect = trap('tls.connect');
for (const name of ['http', 'https']) {
  const m = require(name);
  m.request = trap(`${name}.request`);
  m.get = trap(`${name}.get`);
}
const dns = require('dns');
for (const fn of ['lookup', 'resolve', 'resolve4', 'resolve6', 'resolveAny', 'reverse']) dns[fn] = trap(`dns.${fn}`);
for (const fn of ['lookup', 'resolve', 'resolve4', 'resolve6', 'resolveAny', 'reverse']) dns.promises[fn] = trap(`dns.promises.${fn}`);
globalThis.fetch = trap('fetch');
if (globalThis.WebSocket) globalThis.WebSocket = trap('WebSocket');
// Workers inherit execArgv, so the trap also covers the CLI's parser threads.
