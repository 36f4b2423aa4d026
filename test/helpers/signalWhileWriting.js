'use strict';
// Preloaded into a CLI child process (`node -r`): the process sends itself SPECWRIGHT_TEST_SIGNAL
// just before it opens for writing the SPECWRIGHT_TEST_AFTER-th file whose path contains
// SPECWRIGHT_TEST_PATH. A Ctrl-C, a SIGTERM or a kill -9 at a known point of the write stage.
// Both the promise API and the callback one a write stream opens with are watched.

const fs = require('node:fs');
const fsp = require('node:fs/promises');

let opened = 0;
function signalBefore(path, flags) {
  const watched = String(path).includes(process.env.SPECWRIGHT_TEST_PATH) && flags === 'w';
  if (watched && ++opened === Number(process.env.SPECWRIGHT_TEST_AFTER)) process.kill(process.pid, process.env.SPECWRIGHT_TEST_SIGNAL);
}

const open = fsp.open;
fsp.open = function openAndSignal(path, flags, ...rest) {
  signalBefore(path, flags);
  return open.call(this, path, flags, ...rest);
};

const openCallback = fs.open;
fs.open = function openAndSignalLater(path, flags, ...rest) {
  signalBefore(path, flags);
  return openCallback.call(this, path, flags, ...rest);
};
