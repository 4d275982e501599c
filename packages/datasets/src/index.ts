export * from "./errors.js";
export { type Dopri5Options, dopri5 } from "./integrators/dopri5.js";
export { uniformGrid } from "./integrators/grid.js";
export { type Rk4Options, rk4 } from "./integrators/rk4.js";
export type { Integration, OdeFunction, TimeGrid } from "./integrators/types.js";
export { parseCsv, type Table, toCsv } from "./io/csv.js";
export { parseDecimal } from "./io/decimal.js";
export { parseJson, toJson } from "./io/json.js";
export { matrixToNpy, type NpyArray, npyToMatrix, readNpy, writeNpy } from "./io/npy.js";
export { type BurgersOptions, burgersColeHopf, generateBurgers, solveBurgers } from "./pde/burgers.js";
export { type PeriodicSolveOptions, solvePeriodic } from "./pde/etdrk4.js";
export { Fft } from "./pde/fft.js";
export { generateKdv, KDV_EASY, type KdvOptions, kdvSoliton, solveKdv } from "./pde/kdv.js";
export type { PdeOptions, PdeTrajectory } from "./pde/types.js";
export { type DatasetInfo, listDatasets, loadDataset, registerDataset } from "./registry.js";
export { createRng, type Rng } from "./rng.js";
export * from "./systems/index.js";
export { formatMonomial, polynomialTerms, type TrueEquations, type Vocabulary } from "./terms.js";
export { defaultVariableNames, type Trajectory } from "./trajectory.js";
export { addNoise, columnStd } from "./utils/noise.js";
export {
  fitNormalizer,
  type Normalizer,
  type Series,
  type SplitOptions,
  slidingWindows,
  splitTrajectories,
  subsample,
  type WindowOptions,
} from "./utils/transforms.js";
