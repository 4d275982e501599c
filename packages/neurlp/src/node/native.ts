import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";

/** The functions of native/resident.c (see there for what they switch). */
export interface ResidentAddon {
  resident(retainBytes: number): boolean;
  defaults(): boolean;
}

/** The addon, or why it is not available (loaded once). */
export type AddonLoad = { addon: ResidentAddon } | { reason: string };

let loaded: AddonLoad | undefined;

// Same relative path from src/node/ (source condition) and dist/node/ (built): the build writes it
// to dist/native/ (scripts/build-native.mjs).
const ADDON = fileURLToPath(new URL("../../dist/native/resident.node", import.meta.url));

export function loadResidentAddon(): AddonLoad {
  loaded ??= load();
  return loaded;
}

function load(): AddonLoad {
  if (process.platform !== "linux")
    return { reason: `only available on Linux with glibc (this is ${process.platform})` };
  if (!existsSync(ADDON)) {
    return {
      reason: `the native helper is not built (${ADDON} is missing): run the package's build (needs a C compiler and Node's headers)`,
    };
  }
  try {
    return { addon: createRequire(import.meta.url)(ADDON) as ResidentAddon };
  } catch (error) {
    return { reason: `the native helper did not load: ${(error as Error).message}` };
  }
}
