// Whether a process is running, to tell a live run's lock, stage or backup from a dead run's.

/** True when a process with this pid exists, ours or another user's (EPERM: it exists, we may not signal it). */
export function isLiveProcess(pid: number): boolean {
  // 0 and negative pids name process groups, and signal 0 would "succeed" for them.
  if (!Number.isSafeInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
