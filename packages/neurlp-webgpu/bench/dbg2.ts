import { createWebGPUBackend } from "../src/index.ts";
console.log("start");
const be = await createWebGPUBackend();
console.log("created", be.adapter);
const lhs = { dims: { B: 1, N: 5, E: 1, D: 1, K: 3, nIvSteps: 1, nIv: 2 }, smoothness: "central", weights: { equation: 1, initial: 1, smoothness: 1 },
  coefficients: { data: new Float64Array([1, 0, 1]), batch: 1, time: 1 }, steps: { data: new Float64Array([0.1, 0.1, 0.1, 0.1]), batch: 1, time: 4 } } as const;
const m = await be.assembleMatrix(lhs as never);
console.log("assembled", m.data.slice(0, 27));
process.exit(0);
