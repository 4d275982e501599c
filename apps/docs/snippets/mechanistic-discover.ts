import { lorenz } from "@mechanist/datasets";
import { discover } from "@mechanist/mechanistic";

// 1001 samples of Lorenz with 1 % noise; MNN discovery with the default ("fast") configuration.
const data = lorenz.generate({ t1: 10, dt: 0.01, noise: 0.01, seed: 1 });
const result = await discover(data, {
  degree: 2,
  threshold: 0.1,
  onProgress: (p) => {
    if (p.stage === "threshold")
      console.log(`round ${p.round}: ${p.activeTerms} terms, loss ${p.loss?.toExponential(2)}`);
  },
});
for (const line of result.equations) console.log(line);
console.log(`R² ${result.score.toFixed(4)} in ${(result.wallTimeMs / 1000).toFixed(1)} s`);
