import { lorenz } from "@mechanist/datasets";
import { sindy } from "@mechanist/mechanistic";

// SINDy/STLSQ baseline: polynomial library of degree 2 in x, y, z; threshold 0.1.
const data = lorenz.generate({ t1: 10, dt: 0.002 });
const { model, wallTimeMs } = sindy([data], {
  variables: ["x", "y", "z"],
  degree: 2,
  threshold: 0.1,
});
for (const line of model.equations()) console.log(line);
console.log(`${model.activeTerms} terms, ${wallTimeMs.toFixed(0)} ms`);
