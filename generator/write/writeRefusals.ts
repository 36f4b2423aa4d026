/** What the file system says when a folder may not be written: no permission (EACCES, EPERM), or a read-only mount (EROFS). */
export const WRITE_REFUSALS: ReadonlySet<string> = new Set(['EACCES', 'EPERM', 'EROFS']);
