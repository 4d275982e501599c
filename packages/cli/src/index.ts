export { COMMANDS } from "./commands/index.js";
export { UsageError } from "./errors.js";
export { main, mainHelp, version } from "./main.js";
export type { CommandSpec, FlagTable, ParsedCommand } from "./spec/command.js";
export { formatHelp, parseCommand } from "./spec/command.js";
export { type Command, defineCommand, type Io } from "./spec/define.js";
export * as flags from "./spec/flags.js";
