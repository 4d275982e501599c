/** Command dispatch for `mechanist`. Returns the exit code: 0 ok, 1 failure, 2 bad command line. */
import { readFileSync } from "node:fs";
import { COMMANDS, findCommand } from "./commands/index.js";
import { isUserError, UsageError } from "./errors.js";
import { nearestName } from "./spec/command.js";

/** The `mechanist --help` text: the commands, exit codes and examples. */
export function mainHelp(): string {
  const width = COMMANDS.reduce((w, c) => Math.max(w, c.spec.name.length), 0) + 4;
  const commands = COMMANDS.map((c) => `  ${c.spec.name.padEnd(width)}${c.spec.summary}`).join("\n");
  return `Usage: mechanist <command> [options]

Mechanistic Neural Networks in TypeScript: equation discovery, ODE solving and forecasting with NeuRLP.

Commands
${commands}

Options
  -h, --help     show help (also \`mechanist <command> --help\` or \`mechanist help <command>\`)
  -v, --version  print the version

Exit codes: 0 success, 2 bad command line or input (the message says what to change), 1 internal failure.

Examples
  mechanist discover
  mechanist discover --system lotka-volterra --noise 0.01 --json
  mechanist solve "u'' + 0.3u' + 4u = 0" --init "u=1,u'=0" --t 0:10:0.01
`;
}

/** The installed @mechanist/cli version (from its package.json). */
export function version(): string {
  const pkg = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as {
    version: string;
  };
  return pkg.version;
}

/**
 * Runs the `mechanist` command line on `argv` (without `node` and the script) and returns the exit code: 0
 * success, 2 bad usage or input (message on `err`), 1 internal failure. Results go to `out`, progress to
 * `err`.
 */
export async function main(
  argv: string[],
  out: NodeJS.WritableStream = process.stdout,
  err: NodeJS.WritableStream = process.stderr,
): Promise<number> {
  // `mechanist help solve` is `mechanist solve --help`, as in git and npm.
  const [command, ...rest] = argv[0] === "help" && argv.length > 1 ? [argv[1], "--help"] : argv;
  try {
    if (command === undefined || command === "-h" || command === "--help" || command === "help") {
      out.write(mainHelp());
      return 0;
    }
    if (command === "-v" || command === "--version") {
      out.write(`${version()}\n`);
      return 0;
    }
    const found = findCommand(command);
    if (!found) {
      const names = COMMANDS.map((c) => c.spec.name);
      const near = nearestName(command, names);
      throw new UsageError(
        `unknown command "${command}"${near ? ` (did you mean ${near}?)` : ""}. Commands: ${names.join(", ")} (see mechanist --help)`,
      );
    }
    return await found.main(rest, { out, err });
  } catch (e) {
    if (isUserError(e)) {
      err.write(`mechanist: ${e.message}\n`);
      return 2;
    }
    const error = e as Error;
    err.write(`mechanist: ${error.name ?? "Error"}: ${error.message}\n`);
    return 1;
  }
}
