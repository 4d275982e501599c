import { UnknownDatasetError } from "./errors.js";
import { lorenz, rossler } from "./systems/chaotic.js";
import {
  dampedHarmonicOscillator,
  harmonicOscillator,
  languageDeath,
  populationGrowth,
  rcCircuit,
  thirdOrderLinear,
} from "./systems/odebench.js";
import { dampedPendulum, duffing, vanDerPol } from "./systems/oscillators.js";
import { logistic, lotkaVolterra } from "./systems/population.js";
import { twoBody } from "./systems/two-body.js";
import type { GenerateOptions, OdeSystem, Trajectory } from "./systems/types.js";

export interface DatasetInfo {
  name: string;
  description: string;
  citation: string;
  kind: "ode" | "pde";
}

interface Entry extends DatasetInfo {
  // biome-ignore lint/suspicious/noExplicitAny: each entry checks its own options
  load(options?: any): unknown;
}

const entries = new Map<string, Entry>();

/** Adds a dataset to the registry (used for the built-in ones; also open to users). */
export function registerDataset(entry: Entry): void {
  entries.set(entry.name, entry);
}

const odeEntry = (system: OdeSystem): Entry => ({
  name: system.name,
  description: system.description,
  citation: system.citation,
  kind: "ode",
  load: (options?: GenerateOptions) => system.generate(options),
});

for (const system of [
  lorenz,
  rossler,
  vanDerPol,
  lotkaVolterra,
  duffing,
  dampedPendulum,
  logistic,
  twoBody,
  rcCircuit,
  populationGrowth,
  languageDeath,
  harmonicOscillator,
  dampedHarmonicOscillator,
  thirdOrderLinear,
] as OdeSystem[]) {
  registerDataset(odeEntry(system));
}

/** Every registered dataset: name, description, citation and kind. */
export function listDatasets(): DatasetInfo[] {
  return [...entries.values()].map(({ name, description, citation, kind }) => ({
    name,
    description,
    citation,
    kind,
  }));
}

/** Generates a registered dataset by name; ODE options are those of `system.generate`. */
export function loadDataset(name: string, options?: GenerateOptions): Trajectory;
export function loadDataset(name: string, options?: unknown): unknown;
export function loadDataset(name: string, options?: unknown): unknown {
  const entry = entries.get(name);
  if (!entry) {
    throw new UnknownDatasetError(`unknown dataset "${name}"; available: ${[...entries.keys()].join(", ")}`);
  }
  return entry.load(options);
}
