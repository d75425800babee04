import fs from 'node:fs';
import { FileTooLargeError } from './FileTooLargeError';

const CHUNK = 64 * 1024;

/**
 * Reads a UTF-8 file, refusing one over `maxBytes` before reading it: the size is taken from `fstat` of the opened
 * file, and reading stops after `maxBytes + 1` bytes for files whose size `fstat` does not tell (pipes, `/dev/stdin`),
 * so a 50 MB file costs a stat, not a read and a parse.
 */
export function readTextFile(file: string, maxBytes?: number): string {
  if (maxBytes === undefined) return fs.readFileSync(file, 'utf8');
  const fd = fs.openSync(file, 'r');
  try {
    const stat = fs.fstatSync(fd);
    if (stat.isFile() && stat.size > maxBytes) {
      throw new FileTooLargeError(file, maxBytes, stat.size);
    }
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.alloc(Math.min(CHUNK, maxBytes + 1 - total));
      const read = fs.readSync(fd, chunk, 0, chunk.length, null);
      if (read === 0) break;
      chunks.push(chunk.subarray(0, read));
      total += read;
      if (total > maxBytes) throw new FileTooLargeError(file, maxBytes);
    }
    return Buffer.concat(chunks).toString('utf8');
  } finally {
    fs.closeSync(fd);
  }
}
