import { InvalidArgumentError } from "../errors.js";
import { type DType, tensor } from "../tensor.js";
import type { Module } from "./module.js";

export interface SavedTensor {
  dtype: DType;
  shape: number[];
  data: number[];
}
/** JSON-serialisable parameters. Numbers survive JSON.stringify/parse exactly (shortest round-trip form). */
export interface SavedParameters {
  format: "mechanist.parameters";
  version: 1;
  parameters: Record<string, SavedTensor>;
}

/**
 * A JSON-serialisable snapshot of a module's named parameters (`{ format, version, parameters }`), for
 * `loadParameters`.
 */
export function saveParameters(module: Module): SavedParameters {
  const parameters: Record<string, SavedTensor> = {};
  for (const [name, p] of module.namedParameters()) {
    parameters[name] = { dtype: p.dtype, shape: [...p.shape], data: Array.from(p.data) };
  }
  return { format: "mechanist.parameters", version: 1, parameters };
}

/**
 * Copies saved values (from `saveParameters`) into a module's parameters, matched by name and checked for
 * shape; throws when a name or shape differs.
 */
export function loadParameters(module: Module, saved: SavedParameters): void {
  if (
    saved?.format !== "mechanist.parameters" ||
    saved.version !== 1 ||
    typeof saved.parameters !== "object"
  ) {
    throw new InvalidArgumentError(
      'loadParameters: expected an object from saveParameters() ({ format: "mechanist.parameters", version: 1 })',
    );
  }
  const state = Object.fromEntries(
    Object.entries(saved.parameters).map(([n, s]) => [n, tensor(s.data, s.shape, { dtype: s.dtype })]),
  );
  module.loadStateDict(state);
}
