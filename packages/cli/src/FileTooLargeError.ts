/** A file over a command's size cap; thrown before its content is read (or parsed, for streams). */
export class FileTooLargeError extends Error {
  /**
   * @param bytes - the file's size, when known before reading (undefined for pipes: only "more than maxBytes")
   */
  constructor(
    readonly file: string,
    readonly maxBytes: number,
    readonly bytes?: number,
  ) {
    super(
      `${file} has ${bytes === undefined ? 'more than' : formatBytes(bytes)}${
        bytes === undefined ? ` ${formatBytes(maxBytes)}` : ''
      }, over the ${formatBytes(
        maxBytes,
      )} limit of this command; it was not checked`,
    );
    this.name = 'FileTooLargeError';
  }
}

/** `1 MB`, `256 KB`, `900 B`: binary units, as the caps are powers of two. */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) {
    return `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;
  }
  if (bytes >= 1024) return `${Math.round((bytes / 1024) * 10) / 10} KB`;
  return `${bytes} B`;
}
