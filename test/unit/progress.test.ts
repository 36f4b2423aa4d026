// The stage reporter: what a terminal and a log see, and when they see nothing.

import { createProgress, describeStage, PROGRESS_AFTER_MS, progressMode, type ProgressMode } from '../../generator/progress';
import { stageTimer, type StageEvent } from '../../generator/stageTimer';

const EVENTS: StageEvent[] = [
  { stage: 'load', ms: 300, sizes: {} },
  { stage: 'normalise', ms: 100, sizes: { operations: 1223, schemas: 900 } },
  { stage: 'model', ms: 900, sizes: { operations: 1223, schemas: 912 } },
  { stage: 'emit', ms: 1100, sizes: { files: 7, bytes: 3_200_000 } },
  { stage: 'write', ms: 200, sizes: { written: 2, unchanged: 5 } },
];

/** Feeds the events with a clock that advances by each one's time; returns what was written. */
function run(mode: ProgressMode, isTTY: boolean, events = EVENTS, columns?: number): string {
  let clock = 0;
  const written: string[] = [];
  const progress = createProgress({ label: 'spec/x.yaml', mode, now: () => clock, sink: { isTTY, ...(columns ? { columns } : {}), write: (t) => written.push(t) } });
  for (const event of events) {
    clock += event.ms;
    progress.onStage(event);
  }
  progress.finish();
  return written.join('');
}

it('describes a stage with its sizes and time', () => {
  expect(EVENTS.map(describeStage)).toStrictEqual([
    'load (0.3 s)',
    'normalise 1,223 operations, 900 schemas (0.1 s)',
    'model 1,223 operations, 912 schemas (0.9 s)',
    'emit 7 files, 3.2 MB (1.1 s)',
    'write 2 written, 5 unchanged (0.2 s)',
  ]);
});

it('prints plain lines to a log when asked, a line per stage and the total', () => {
  expect(run('always', false)).toBe(
    [
      'specwright: spec/x.yaml: load (0.3 s)',
      'specwright: spec/x.yaml: normalise 1,223 operations, 900 schemas (0.1 s)',
      'specwright: spec/x.yaml: model 1,223 operations, 912 schemas (0.9 s)',
      'specwright: spec/x.yaml: emit 7 files, 3.2 MB (1.1 s)',
      'specwright: spec/x.yaml: write 2 written, 5 unchanged (0.2 s)',
      'specwright: spec/x.yaml: done in 2.6 s',
      '',
    ].join('\n'),
  );
});

it('prints nothing by default to a log, however long the run, nor on a terminal for a short run', () => {
  const quick = EVENTS.map((e) => ({ ...e, ms: (PROGRESS_AFTER_MS - 1) / EVENTS.length }));
  expect(run('auto', false)).toBe('');
  expect(run('auto', true, quick)).toBe('');
  expect(run('always', true, quick).split('\r\x1b[2K')).toHaveLength(EVENTS.length + 2);
});

it('prints nothing at all when told so', () => {
  expect(run('never', false)).toBe('');
  expect(run('never', true)).toBe('');
});

it.each([
  [{ quiet: false, format: 'text' }, 'auto'],
  [{ quiet: false, format: 'text', progress: true }, 'always'],
  [{ quiet: false, format: 'text', progress: false }, 'never'],
  [{ quiet: true, format: 'text', progress: true }, 'never'],
  [{ quiet: false, format: 'json', progress: true }, 'never'],
] as const)('flags %j ask for %s', (flags, mode) => {
  expect(progressMode(flags)).toBe(mode);
});

it('redraws one line on a terminal and leaves a summary of it with a newline', () => {
  const text = run('auto', true);
  const draws = text.split('\r\x1b[2K').slice(1);
  // Drawn from the stage that passed the threshold on (model, at 1.3 s), then the final line.
  expect(draws).toStrictEqual([
    'specwright: spec/x.yaml [3/5] model 1,223 operations, 912 schemas (0.9 s) …',
    'specwright: spec/x.yaml [4/5] emit 7 files, 3.2 MB (1.1 s) …',
    'specwright: spec/x.yaml [5/5] write 2 written, 5 unchanged (0.2 s)',
    'specwright: spec/x.yaml: 1,223 operations, 912 schemas, 7 files, 3.2 MB in 2.6 s (load 0.3 s, normalise 0.1 s, model 0.9 s, emit 1.1 s, write 0.2 s)\n',
  ]);
  expect(text.match(/\n/g)).toHaveLength(1);
});

it('keeps the redrawn line narrower than the terminal, so it never wraps, and the final one whole', () => {
  const draws = run('always', true, EVENTS, 40).split('\r\x1b[2K').slice(1);
  for (const line of draws.slice(0, -1)) expect(line.length).toBeLessThan(40);
  expect(draws[draws.length - 1]).toMatch(/write 0\.2 s\)\n$/);
});

it('times each stage from the end of the one before, and leaves out the listener', () => {
  let clock = 0;
  const seen: StageEvent[] = [];
  const done = stageTimer((e) => {
    seen.push(e);
    clock += 1000; // a slow listener is not counted against the next stage
  }, () => clock);
  clock = 5;
  done('load');
  clock += 20;
  done('normalise', () => ({ operations: 3 }));
  expect(seen).toStrictEqual([
    { stage: 'load', ms: 5, sizes: {} },
    { stage: 'normalise', ms: 20, sizes: { operations: 3 } },
  ]);
});

it('neither computes sizes without a listener nor lets a failing listener fail the run', () => {
  const sizes = jest.fn(() => ({}));
  stageTimer(undefined)('load', sizes);
  expect(sizes).not.toHaveBeenCalled();
  expect(() => stageTimer(() => { throw new Error('EPIPE'); })('load')).not.toThrow();
});
