/**
 * The option keys of each plot: a misspelt key (`titel`, `xlabel`) is a VizInputError listing the real ones, not
 * a plot silently drawn without it. Typed against each options interface, so TypeScript keeps the lists complete.
 */
import type { Attractor3dOptions } from "./attractor3d.js";
import type { CoefficientPlotOptions } from "./coefficient-plot.js";
import type { HeatmapOptions } from "./heatmap.js";
import type { LinePlotOptions } from "./line-plot.js";
import type { LossPlotOptions } from "./loss-plot.js";
import type { OverlayPlotOptions } from "./overlay-plot.js";
import type { PhasePortraitOptions } from "./phase-portrait.js";

type Keys<T> = Readonly<Record<keyof T, true>>;

const BASE = { title: true, description: true, width: true, height: true, idPrefix: true } as const;
const AXES = { xLabel: true, yLabel: true, xDomain: true, yDomain: true } as const;

export const LINE_PLOT_KEYS: Keys<LinePlotOptions> = {
  ...BASE,
  ...AXES,
  logY: true,
  series: true,
  legend: true,
};
export const OVERLAY_PLOT_KEYS: Keys<OverlayPlotOptions> = {
  ...BASE,
  ...AXES,
  logY: true,
  data: true,
  model: true,
};
export const LOSS_PLOT_KEYS: Keys<LossPlotOptions> = {
  ...BASE,
  ...AXES,
  curves: true,
  logY: true,
  markers: true,
};
export const PHASE_PORTRAIT_KEYS: Keys<PhasePortraitOptions> = {
  ...BASE,
  ...AXES,
  trajectories: true,
  field: true,
  equalAspect: true,
  markStart: true,
};
export const ATTRACTOR_3D_KEYS: Keys<Attractor3dOptions> = {
  ...BASE,
  trajectories: true,
  xLabel: true,
  yLabel: true,
  zLabel: true,
  azimuth: true,
  elevation: true,
  lineWidth: true,
};
export const COEFFICIENT_PLOT_KEYS: Keys<CoefficientPlotOptions> = {
  ...BASE,
  terms: true,
  variables: true,
  discovered: true,
  truth: true,
  mode: true,
};
export const HEATMAP_KEYS: Keys<HeatmapOptions> = {
  ...BASE,
  z: true,
  x: true,
  y: true,
  colorScale: true,
  zDomain: true,
  xLabel: true,
  yLabel: true,
  colorLabel: true,
};
