/**
 * Progress on stderr: a redrawn bar when stderr is a terminal, otherwise plain lines at most every 2 seconds
 * (logs and CI output stay readable). Disabled entirely with quiet.
 */
export interface Progress {
  update(label: string, fraction: number, detail?: string): void;
  log(line: string): void;
  done(): void;
}

export function createProgress(options: { quiet?: boolean; stream?: NodeJS.WriteStream } = {}): Progress {
  const stream = options.stream ?? process.stderr;
  if (options.quiet) return { update() {}, log() {}, done() {} };
  const tty = Boolean(stream.isTTY);
  let lastPlain = 0;
  let drawn = false;
  return {
    update(label, fraction, detail = "") {
      const f = Math.max(0, Math.min(1, fraction));
      if (tty) {
        const width = 24;
        const filled = Math.round(f * width);
        const bar = `${"█".repeat(filled)}${"░".repeat(width - filled)}`;
        stream.write(`\r\x1b[2K${label} ${bar} ${(f * 100).toFixed(0).padStart(3)}% ${detail}`);
        drawn = true;
      } else {
        const now = Date.now();
        if (now - lastPlain >= 2000 || f >= 1) {
          stream.write(`${label} ${(f * 100).toFixed(0)}% ${detail}\n`);
          lastPlain = now;
        }
      }
    },
    log(line) {
      if (tty && drawn) stream.write("\r\x1b[2K");
      drawn = false;
      stream.write(`${line}\n`);
    },
    done() {
      if (tty && drawn) stream.write("\r\x1b[2K");
      drawn = false;
    },
  };
}
