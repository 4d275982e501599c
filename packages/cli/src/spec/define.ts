/** A runnable command: its declarative spec plus the function that does the work with the parsed values. */
import { type CommandSpec, type FlagTable, formatHelp, type ParsedCommand, parseCommand } from "./command.js";

export interface Io {
  /** Results (JSON commands print exactly one JSON document here). */
  out: NodeJS.WritableStream;
  /** Progress, warnings and notes. */
  err: NodeJS.WritableStream;
}

export interface Command {
  readonly spec: CommandSpec;
  /** Parses argv (printing help for -h/--help) and runs; returns the exit code. */
  main(argv: string[], io: Io): Promise<number>;
}

/**
 * A runnable command from its declarative spec (flags, help, examples) and the function that runs with the
 * parsed values; `main` prints help for -h/--help and maps errors to exit codes.
 */
export function defineCommand<F extends FlagTable>(
  spec: CommandSpec<F>,
  run: (args: ParsedCommand<F>, io: Io) => Promise<number>,
): Command {
  return {
    spec: spec as unknown as CommandSpec,
    async main(argv, io) {
      const parsed = parseCommand(spec, argv);
      if (parsed === "help") {
        io.out.write(formatHelp(spec as unknown as CommandSpec));
        return 0;
      }
      return run(parsed, io);
    },
  };
}
