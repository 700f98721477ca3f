/**
 * Where the CLI writes. The process's own output writes each line synchronously to fd 1 / fd 2, so a failed write
 * (`> /dev/full`: ENOSPC; `| head -1`: EPIPE) surfaces as an OutputError at the line that failed, and main decides
 * the exit code, instead of an unhandled stream 'error' event after main has returned 0.
 */
import { writeSync } from "node:fs";

export interface Io {
  out: (line: string) => void;
  err: (line: string) => void;
}

/** Standard output could not be written; `code` is the system's (EPIPE, ENOSPC, EIO…). */
export class OutputError extends Error {
  constructor(
    readonly code: string,
    detail: string,
  ) {
    super(detail);
    this.name = "OutputError";
  }
}

const pause = new Int32Array(new SharedArrayBuffer(4));

function writeAll(fd: number, text: string): void {
  const bytes = Buffer.from(text, "utf8");
  let offset = 0;
  while (offset < bytes.length) {
    try {
      offset += writeSync(fd, bytes, offset);
    } catch (error) {
      const { code = "EIO", message } = error as NodeJS.ErrnoException;
      // A non-blocking pipe that is full: wait a moment and write the rest.
      if (code === "EAGAIN") Atomics.wait(pause, 0, 0, 1);
      else throw new OutputError(code, message);
    }
  }
}

/** The process's stdout and stderr. A failure to write an error message is ignored: there is nowhere to say it. */
export function processIo(): Io {
  return {
    out: (line) => writeAll(1, `${line}\n`),
    err: (line) => {
      try {
        writeAll(2, `${line}\n`);
      } catch {
        // stderr is gone too.
      }
    },
  };
}
