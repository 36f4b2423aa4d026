// Ctrl-C during a write: the undo runs and the process ends, unless another listener (the watch) ends it.
// What a real signal does to a real process is in test/cli/interrupted.test.ts.

import { onInterrupt } from '../../../generator/write/onInterrupt';

it('installs its handlers only while an undo is registered', () => {
  const before = process.listenerCount('SIGINT');
  const first = onInterrupt(() => {});
  const second = onInterrupt(() => {});
  expect(process.listenerCount('SIGINT')).toBe(before + 1);
  expect(process.listenerCount('SIGTERM')).toBeGreaterThan(0);
  first();
  expect(process.listenerCount('SIGINT')).toBe(before + 1);
  second();
  second();
  expect(process.listenerCount('SIGINT')).toBe(before);
});

it("leaves the write to finish when another listener, the watch's Ctrl-C, ends the process", () => {
  const watch = jest.fn();
  process.once('SIGINT', watch);
  const undo = jest.fn();
  const done = onInterrupt(undo);
  const kill = jest.spyOn(process, 'kill').mockImplementation(() => {
    throw new Error('would end the process');
  });
  try {
    process.emit('SIGINT', 'SIGINT');
    expect(watch).toHaveBeenCalled();
    expect(undo).not.toHaveBeenCalled();
  } finally {
    kill.mockRestore();
    done();
  }
});
