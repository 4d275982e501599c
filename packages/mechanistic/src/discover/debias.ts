/** The "debias" step: the exact window-objective minimiser on the active terms, thresholded and pruned. */
import { tensor } from "@mechanist/autodiff";
import { applyThreshold, type ThresholdRule } from "../threshold.js";
import { countActive, type DiscoverContext, type StageResult, snapshot } from "./context.js";
import type { WindowObjective } from "./objective.js";
import type { RoundLoss } from "./options.js";

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

/** Stage "debias": exact refit through the same solver objective, thresholding and the loss-increase test. */
export function debiasStage(ctx: DiscoverContext, input: StageResult): StageResult {
  const { objective, library, settings, dim } = ctx;
  const T = library.size;
  ctx.progress({ stage: "debias", round: settings.rounds, rounds: settings.rounds });
  const coefficients = Array.from({ length: dim }, (_, d) =>
    debiasComponent(
      objective,
      d,
      input.coefficients[d].map((c) => c !== 0),
      ctx.rule,
      settings.pruneTolerance,
    ),
  );
  const refitHat = objective.toNormalised(coefficients);
  const finalMask = refitHat.map((v) => (v !== 0 ? 1 : 0));
  const loss = objective.loss(tensor(refitHat, [T, dim]), tensor(finalMask, [T, dim])).item();
  const activeTerms = countActive(coefficients);
  ctx.progress({
    stage: "debias",
    round: settings.rounds,
    rounds: settings.rounds,
    loss,
    activeTerms,
    ...snapshot(library, coefficients),
  });
  const entry: RoundLoss = { round: input.losses.length + 1, stage: "debias", loss, epochs: 0, activeTerms };
  return { coefficients, losses: [...input.losses, entry] };
}
