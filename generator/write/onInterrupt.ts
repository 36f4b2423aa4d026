// Undoes a write that Ctrl-C (SIGINT) or SIGTERM cuts short, then ends the process as the signal
// would have (130, 143). The handlers are installed only while an undo is registered, so a finished
// write leaves the process's signal handling as it found it.

const SIGNALS = ['SIGINT', 'SIGTERM'] as const;
type Signal = (typeof SIGNALS)[number];
const EXIT_CODES: Readonly<Record<Signal, number>> = { SIGINT: 130, SIGTERM: 143 };

/** Synchronous: a signal handler that awaited could be cut short itself. */
type Undo = () => void;

const undos = new Set<Undo>();

function onSignal(signal: NodeJS.Signals): void {
  // Another listener (the watch's Ctrl-C) ends the process its own way once the run in progress is
  // done: the write finishes. A second Ctrl-C, which that listener no longer hears, comes here alone.
  // (This handler runs first, so a `once` listener has not yet removed itself.)
  if (process.listenerCount(signal) > 1) return;
  const pending = [...undos].reverse();
  undos.clear();
  for (const s of SIGNALS) process.off(s, onSignal);
  for (const undo of pending) {
    try {
      undo();
    } catch {
      // As far as it goes: what is left is dot-named, and the next run removes it.
    }
  }
  // Ended by the signal itself when the platform allows, so a parent shell sees how; else its code.
  process.kill(process.pid, signal);
  process.exit(EXIT_CODES[signal as Signal]);
}

/** Runs `undo` if SIGINT or SIGTERM arrives before the returned function is called; that function unregisters it. */
export function onInterrupt(undo: Undo): () => void {
  if (undos.size === 0) for (const s of SIGNALS) process.prependListener(s, onSignal);
  undos.add(undo);
  return () => {
    if (!undos.delete(undo) || undos.size > 0) return;
    for (const s of SIGNALS) process.off(s, onSignal);
  };
}
