import { InvalidArgumentError } from "../errors.js";
import { dopri5 } from "../integrators/dopri5.js";
import { uniformGrid } from "../integrators/grid.js";
import { checkOptionKeys, GENERATE_KEYS } from "../options.js";
import { addNoise } from "../utils/noise.js";
import type { GenerateOptions, OdeSystem, OdeSystemSpec, Params, SystemTrajectory } from "./types.js";

/** Builds an OdeSystem (with `generate`) from its specification. */
export function defineSystem<P extends Params>(spec: OdeSystemSpec<P>): OdeSystem<P> {
  const resolveParams = (overrides: Partial<P> = {}): P => {
    const params = { ...spec.defaultParams };
    for (const [key, value] of Object.entries(overrides)) {
      if (!Object.hasOwn(spec.defaultParams, key)) {
        throw new InvalidArgumentError(
          `${spec.name}: unknown parameter "${key}"; known: ${Object.keys(spec.defaultParams).join(", ")}`,
        );
      }
      if (typeof value !== "number" || !Number.isFinite(value)) {
        throw new InvalidArgumentError(
          `${spec.name}: parameter ${key} must be a finite number (got ${value})`,
        );
      }
      (params as Params)[key] = value;
    }
    return params;
  };

  const generate = (options: GenerateOptions<P> = {}): SystemTrajectory<P> => {
    checkOptionKeys(options, GENERATE_KEYS, `${spec.name}.generate options`);
    const params = resolveParams(options.params);
    const x0 = options.x0 ?? spec.defaultX0;
    if (x0.length !== spec.names.length) {
      throw new InvalidArgumentError(
        `${spec.name}: x0 has ${x0.length} entries but the state is (${spec.names.join(", ")})`,
      );
    }
    const t = uniformGrid(
      {
        t0: options.t0 ?? spec.defaultTime.t0,
        t1: options.t1 ?? spec.defaultTime.t1,
        dt: options.dt ?? spec.defaultTime.dt,
      },
      options.maxSamples,
    );
    const sol = dopri5(spec.rhs(params), x0, t, {
      rtol: options.rtol ?? 1e-10,
      atol: options.atol ?? 1e-12,
      maxSteps: 10_000_000,
    });
    const noise = options.noise ?? 0;
    const seed = options.seed ?? 0;
    const truth = spec.truth(params);
    const x = addNoise(sol.x, noise, seed);
    for (const row of x)
      for (const v of row)
        if (!Number.isFinite(v))
          throw new InvalidArgumentError(
            `${spec.name}: noise = ${noise} overflows the data to ${v}; use a noise level ≤ 1`,
          );
    return {
      name: spec.name,
      t: sol.t,
      x,
      clean: sol.x,
      names: spec.names.slice(),
      params,
      x0: x0.slice(),
      trueEquations: truth.equations,
      vocabulary: truth.vocabulary,
      ...(truth.note ? { note: truth.note } : {}),
      noise,
      seed,
    };
  };

  return { ...spec, kind: "ode", generate, resolveParams };
}
