'use strict';
// Preloaded into a CLI child process (`node -r`): the process sends itself SPECWRIGHT_TEST_SIGNAL
// just before it opens for writing the SPECWRIGHT_TEST_AFTER-th file whose path contains
// SPECWRIGHT_TEST_PATH. A Ctrl-C, a SIGTERM or a kill -9 at a known point of the write stage.

const fsp = require('node:fs/promises');

const open = fsp.open;
let opened = 0;
fsp.open = function openAndSignal(path, flags, ...rest) {
  const watched = String(path).includes(process.env.SPECWRIGHT_TEST_PATH) && flags === 'w';
  if (watched && ++opened === Number(process.env.SPECWRIGHT_TEST_AFTER)) process.kill(process.pid, process.env.SPECWRIGHT_TEST_SIGNAL);
  return open.call(this, path, flags, ...rest);
};
