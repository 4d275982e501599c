export { lorenz, rossler } from "./chaotic.js";
export { defineSystem } from "./define.js";
export {
  dampedHarmonicOscillator,
  harmonicOscillator,
  languageDeath,
  odebenchLinear,
  populationGrowth,
  rcCircuit,
  thirdOrderLinear,
} from "./odebench.js";
export { dampedPendulum, duffing, vanDerPol } from "./oscillators.js";
export { type LogisticFamilyOptions, logistic, logisticFamily, lotkaVolterra } from "./population.js";
export { twoBody, twoBodyInvariants } from "./two-body.js";
export type { GenerateOptions, OdeSystem, OdeSystemSpec, Params, SystemTrajectory, Truth } from "./types.js";
