/** The "debias" step: the exact window-objective minimiser on the active terms, thresholded and pruned. */
import { applyThreshold, type ThresholdRule } from "../threshold.js";
import type { WindowObjective } from "./objective.js";

/** Sequential thresholding on the exact window-objective minimiser, then backward elimination of weak terms. */
export function debiasComponent(
  objective: WindowObjective,
  d: number,
  active: boolean[],
  rule: ThresholdRule,
  pruneTolerance: number,
): number[] {
  let current = [...active];
  let fit = objective.refit(d, current);
  for (let it = 0; it < 20; it++) {
    const next = applyThreshold(fit.coefficients, current, rule, objective.contributionScale(d));
    if (!next.changed) break;
    current = next.active;
    fit = objective.refit(d, current);
  }
  if (pruneTolerance > 0) {
    for (;;) {
      let best = -1;
      let bestIncrease = Number.POSITIVE_INFINITY;
      const base = Math.max(fit.rss, 1e-300);
      current.forEach((a, j) => {
        if (!a) return;
        const trial = current.map((b, k) => b && k !== j);
        const increase = objective.refit(d, trial).rss / base - 1;
        if (increase < bestIncrease) {
          bestIncrease = increase;
          best = j;
        }
      });
      if (best < 0 || bestIncrease >= pruneTolerance) break;
      current = current.map((b, k) => b && k !== best);
      fit = objective.refit(d, current);
    }
  }
  return fit.coefficients;
}
