import { UnknownDatasetError } from "./errors.js";
import { type BurgersOptions, generateBurgers } from "./pde/burgers.js";
import { generateKdv, type KdvOptions } from "./pde/kdv.js";
import type { PdeTrajectory } from "./pde/types.js";
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
import type { GenerateOptions, OdeSystem, SystemTrajectory } from "./systems/types.js";

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

registerDataset({
  name: "kdv",
  description:
    "Korteweg–de Vries u_t + u u_x + u_xxx = 0 (LPSDA convention), periodic, pseudo-spectral + ETDRK4; " +
    "defaults = LPSDA 'KdV easy' (L = 128 ± 10%, 256 points, 140 of 250 times up to T = 50 ± 10%).",
  citation:
    "J. Brandstetter, M. Welling, D. E. Worrall, Lie Point Symmetry Data Augmentation for Neural PDE Solvers, " +
    "ICML 2022 (LPSDA); D. J. Korteweg, G. de Vries, Phil. Mag. 39(240):422–443, 1895; A.-K. Kassam, " +
    "L. N. Trefethen, Fourth-order time-stepping for stiff PDEs, SIAM J. Sci. Comput. 26(4):1214–1233, 2005.",
  kind: "pde",
  load: (options?: KdvOptions) => generateKdv(options),
});

registerDataset({
  name: "burgers",
  description:
    "Viscous Burgers u_t + u u_x = ν u_xx on [0, 2π), periodic, pseudo-spectral + ETDRK4 (ν = 0.1).",
  citation:
    "J. M. Burgers, A mathematical model illustrating the theory of turbulence, Adv. Appl. Mech. 1:171–199, " +
    "1948; E. Hopf 1950 and J. D. Cole 1951 (exact solution); Brandstetter et al., ICML 2022 (LPSDA).",
  kind: "pde",
  load: (options?: BurgersOptions) => generateBurgers(options),
});

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
export function loadDataset(name: "kdv", options?: KdvOptions): PdeTrajectory;
export function loadDataset(name: "burgers", options?: BurgersOptions): PdeTrajectory;
export function loadDataset(name: string, options?: GenerateOptions): SystemTrajectory;
export function loadDataset(name: string, options?: unknown): unknown;
export function loadDataset(name: string, options?: unknown): unknown {
  const entry = entries.get(name);
  if (!entry) {
    throw new UnknownDatasetError(`unknown dataset "${name}"; available: ${[...entries.keys()].join(", ")}`);
  }
  return entry.load(options);
}
