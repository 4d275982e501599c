import { lorenz } from "@mechanist/datasets";
import { discover } from "@mechanist/mechanistic";

// 1001 samples of the Lorenz system with 1 % noise: which equations produced them?
const data = lorenz.generate({ t1: 10, dt: 0.01, noise: 0.01, seed: 1 });
const result = await discover({ t: data.t, x: data.x }, { variables: data.names });
for (const line of result.equations) console.log(line);
