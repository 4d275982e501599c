import { loadDataset, lorenz, rk4 } from "@mechanist/datasets";

// A noisy Lorenz trajectory with its true equations, and the same system integrated by RK4.
const data = loadDataset("lorenz", { t1: 10, dt: 0.01, noise: 0.01, seed: 1 });
console.log(data.names, data.t.length, data.trueEquations);
const sol = rk4(lorenz.rhs(lorenz.defaultParams), [1, 1, 1], { t0: 0, t1: 1, dt: 0.01 });
console.log(`x(1) by RK4 = ${sol.x[sol.x.length - 1]![0]!.toFixed(6)}`);
