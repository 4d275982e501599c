// The browser-safe part of the CLI's API; the commands themselves (file I/O, node:util's parseArgs)
// are in `@mechanist/cli/node`.
export { UsageError } from "./errors.js";
export type { CommandSpec, FlagTable, ParsedCommand } from "./spec/command.js";
export type { Command, Io } from "./spec/define.js";
