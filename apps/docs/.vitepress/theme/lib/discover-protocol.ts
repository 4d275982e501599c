import type { DiscoverProgress } from "@mechanist/mechanistic";

/** Messages between the discovery demo and its worker. */
export interface DiscoverRequest {
  t1: number;
  dt: number;
  noise: number;
  seed: number;
  rounds: number;
  backend: string;
}

export type DiscoverReply =
  | { kind: "data"; t: number[]; x: number[][] }
  | { kind: "progress"; progress: DiscoverProgress }
  | {
      kind: "done";
      /** The NeuRLP backend the worker ran on. */
      backend: string;
      equations: string[];
      terms: string[];
      variables: string[];
      coefficients: number[][];
      truth: number[][];
      score: number;
      wallTimeMs: number;
      simulated: number[][];
    }
  | { kind: "error"; name: string; message: string };
