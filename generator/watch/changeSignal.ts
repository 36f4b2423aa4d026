// Collapses bursts of file events into one: editors write a file in several steps (a temporary
// file, a rename, a metadata touch), and each burst should start one run, not five.

export interface ChangeSignal {
  /** A file changed; the change counts once no other has come for the debounce time. */
  notify(): void;
  /** Resolves true at the next settled change (at once if one settled meanwhile), false on abort. */
  next(signal: AbortSignal): Promise<boolean>;
  dispose(): void;
}

export function changeSignal(debounceMs: number): ChangeSignal {
  let timer: NodeJS.Timeout | undefined;
  let pending = false;
  let wake: (() => void) | undefined;
  return {
    notify() {
      clearTimeout(timer);
      timer = setTimeout(() => {
        pending = true;
        wake?.();
      }, debounceMs);
    },
    next(signal) {
      if (signal.aborted) return Promise.resolve(false);
      return new Promise<boolean>((resolve) => {
        const settle = (changed: boolean) => {
          wake = undefined;
          signal.removeEventListener('abort', onAbort);
          if (changed) pending = false;
          resolve(changed);
        };
        const onAbort = () => settle(false);
        signal.addEventListener('abort', onAbort);
        if (pending) settle(true);
        else wake = () => settle(true);
      });
    },
    dispose() {
      clearTimeout(timer);
      wake = undefined;
    },
  };
}
