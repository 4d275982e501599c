// Node-only API (`@mechanist/cli/node`): the commands behind the `mechanist` binary and the flag-spec
// machinery they are declared with (node:util's parseArgs). The main entry keeps only what also runs
// in a browser.
export { COMMANDS } from "./commands/index.js";
export { main, mainHelp, version } from "./main.js";
export { formatHelp, parseCommand } from "./spec/command.js";
export { defineCommand } from "./spec/define.js";
export * as flags from "./spec/flags.js";
