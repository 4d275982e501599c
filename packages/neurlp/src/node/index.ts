// Node-only helpers (`@mechanist/neurlp/node`), kept out of the main entry so that browser bundles never
// see `node:module` or a native addon.
export {
  type KeepMemoryResidentOptions,
  keepMemoryResident,
  type MemoryPolicyStatus,
  restoreMemoryDefaults,
} from "./memory.js";
