export { columnNorms, lstsq, type Matrix, matrix } from "@mechanist/autodiff";
export { linearAutoregression, linearExtrapolation, persistenceForecast } from "./baselines.js";
export { type BlockOutput, MechanisticBlock, type MechanisticBlockOptions } from "./block.js";
export { finiteDifference, type SmoothOptions, smoothDerivative } from "./derivatives.js";
export {
  type DiscoverOptions,
  type DiscoverProgress,
  type DiscoverResult,
  discover,
  type RoundLoss,
} from "./discover/discover.js";
export { CheckpointError, MechanisticInputError, MechanisticNumericalError } from "./errors.js";
export { type EnsembleSindyOptions, type EnsembleSindyResult, ensembleSindy } from "./esindy.js";
export { compareToTruth, type TruthComparison } from "./evaluate.js";
export { fingerprint } from "./fingerprint.js";
export { type EpochInfo, type FitOptions, type FitResult, fit, fitAsync } from "./fit.js";
export {
  type ForecasterFitOptions,
  type ForecasterOptions,
  MechanisticForecaster,
  normalizedMSE,
} from "./forecaster.js";
export * from "./kdv/index.js";
export {
  customTerm,
  Library,
  type LibraryTerm,
  monomialTerm,
  type PolynomialLibraryOptions,
  polynomialLibrary,
} from "./library.js";
export { formatEquation, type SimulateOptions, SparseModel } from "./model.js";
export { type SindyOptions, type SindyResult, type StlsqOptions, sindy, stlsq } from "./stlsq.js";
export { defaultVariableNames, type Trajectory, validateTrajectories } from "./trajectory.js";
