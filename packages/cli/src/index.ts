export { UsageError } from "./errors.js";
export { main, version } from "./main.js";
