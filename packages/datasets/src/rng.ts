import { Rng } from "@mechanist/autodiff";

/**
 * The workspace's one seeded generator (`Rng` from @mechanist/autodiff: mulberry32 + Box–Muller),
 * started at the raw seed — seed 0 included — which is the stream every published dataset was drawn from.
 */
export function createRng(seed: number): Rng {
  return Rng.fromState({ state: seed >>> 0 });
}

export type { Rng };
