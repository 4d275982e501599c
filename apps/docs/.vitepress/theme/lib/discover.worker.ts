/// <reference lib="webworker" />
/**
 * Runs Lorenz discovery off the main thread so the page stays responsive: generates the data with
 * @mechanist/datasets, runs @mechanist/mechanistic's `discover` and posts progress after every stage.
 */
import { lorenz } from "@mechanist/datasets";
import { discover } from "@mechanist/mechanistic";
import { loadBackends } from "./backends.js";
import type { DiscoverReply, DiscoverRequest } from "./discover-protocol.js";

const post = (msg: DiscoverReply) => (self as unknown as DedicatedWorkerGlobalScope).postMessage(msg);

self.onmessage = async (ev: MessageEvent<DiscoverRequest>) => {
  const req = ev.data;
  try {
    await loadBackends();
    const data = lorenz.generate({ t1: req.t1, dt: req.dt, noise: req.noise, seed: req.seed });
    post({ kind: "data", t: data.t, x: data.x });
    const result = await discover(data, {
      rounds: req.rounds,
      backend: req.backend,
      onProgress: (p) => post({ kind: "progress", progress: p }),
    });
    const t = data.t;
    const sim = result.simulate(data.x[0]!, t);
    post({
      kind: "done",
      backend: req.backend,
      equations: result.equations,
      terms: result.terms,
      variables: result.variables,
      coefficients: result.coefficients,
      truth: result.variables.map((v) =>
        result.terms.map((term) => data.trueEquations?.[v]?.[term === "1" ? "1" : term] ?? 0),
      ),
      score: result.score,
      wallTimeMs: result.wallTimeMs,
      simulated: sim.x.map((s) => Array.from(s)),
    });
  } catch (e) {
    const err = e as Error;
    post({ kind: "error", name: err.name ?? "Error", message: err.message ?? String(e) });
  }
};
