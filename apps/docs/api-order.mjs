// @ts-check
/**
 * The order of the API reference, most used first: the packages (and their subpaths), and within each
 * module the names a reader looks for first. Names not listed follow alphabetically in their group;
 * error classes come last, in their own "Errors" group. Used by the TypeDoc plugin
 * (typedoc-module-names.mjs) and the API sidebar (.vitepress/api-sidebar.ts).
 */
export const MODULE_ORDER = [
  "@mechanist/neurlp",
  "@mechanist/mechanistic",
  "@mechanist/datasets",
  "@mechanist/autodiff",
  "@mechanist/viz",
  "@mechanist/cli",
  "@mechanist/neurlp-webgpu",
  "@mechanist/neurlp-tfjs",
  "@mechanist/neurlp-gpujs",
  "@mechanist/neurlp/equation",
  "@mechanist/neurlp/conformance",
  "@mechanist/neurlp/reference",
  "@mechanist/datasets/node",
  "@mechanist/mechanistic/node",
  "@mechanist/viz/node",
  "@mechanist/cli/node",
];

/** @type {Record<string, string[]>} */
export const NAME_ORDER = {
  "@mechanist/neurlp": [
    "solveODE",
    "solveLinearODE",
    "odeSolve",
    "prepareODE",
    "odeSolvePrepared",
    "registerBackend",
    "getBackend",
    "listBackends",
    "createCpuBackend",
    "OdeArray",
  ],
  "@mechanist/mechanistic": [
    "discover",
    "sindy",
    "fit",
    "MechanisticBlock",
    "MechanisticForecaster",
    "SparseModel",
  ],
  "@mechanist/datasets": ["loadDataset", "listDatasets", "registerDataset", "dopri5", "rk4", "lorenz"],
  "@mechanist/autodiff": [
    "tensor",
    "Tensor",
    "customOp",
    "customOpAsync",
    "gradcheck",
    "assertGradcheck",
    "noGrad",
  ],
  "@mechanist/viz": [
    "linePlot",
    "phasePortrait",
    "attractor3d",
    "coefficientPlot",
    "lossPlot",
    "overlayPlot",
    "heatmap",
  ],
  "@mechanist/viz/node": ["writePlot", "renderPng"],
  "@mechanist/neurlp/conformance": ["runConformance"],
  "@mechanist/neurlp/reference": ["solveDense"],
};

/** Group titles in page order; "Errors" is made by the plugin from the error classes. */
export const GROUP_ORDER = [
  "Functions",
  "Classes",
  "Variables",
  "Interfaces",
  "Type Aliases",
  "Namespaces",
  "Errors",
];

/** Sort key of a module name: listed ones first, in order, then the rest alphabetically. */
export function moduleRank(name) {
  const i = MODULE_ORDER.indexOf(name);
  return i < 0 ? MODULE_ORDER.length : i;
}
