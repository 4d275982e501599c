/**
 * Checkpoints between the stages of `discover()`: after every training round and after the debias and
 * refinement stages. A resume continues after the last finished round or stage. The fingerprint ties a
 * checkpoint to its data and settings.
 */
import type { OptimizerState } from "@mechanist/autodiff";
import { fingerprint, readCheckpoint, writeCheckpoint } from "../checkpoint.js";
import type { ThresholdRule } from "../threshold.js";
import type { Trajectory } from "../trajectory.js";
import type { RoundLoss, Settings } from "./options.js";

export interface DiscoverCheckpoint {
  /** The last finished stage (absent in checkpoints written before stages were recorded: "train"). */
  stage?: "train" | "debias" | "refine";
  /** Training rounds finished. */
  round: number;
  xiHat: number[];
  mask: number[];
  adam: OptimizerState | null;
  losses: RoundLoss[];
  denoiser?: number[][];
  /** The model after a "debias" or "refine" stage (original units). */
  coefficients?: number[][];
}

export class DiscoverCheckpointStore {
  private last: DiscoverCheckpoint | null = null;

  constructor(
    readonly path: string,
    private readonly runFingerprint: string,
  ) {}

  static forRun(
    path: string,
    settings: Settings,
    rule: ThresholdRule,
    terms: readonly string[],
    trajectories: readonly Trajectory[],
  ): DiscoverCheckpointStore {
    const data = trajectories.map((tr) => [
      tr.t.length,
      tr.t[0],
      tr.t[tr.t.length - 1],
      Array.from(tr.y[0]),
      Array.from(tr.y[tr.y.length - 1]),
    ]);
    return new DiscoverCheckpointStore(path, fingerprint({ settings, rule, terms, data }));
  }

  read(): DiscoverCheckpoint | null {
    const saved = readCheckpoint<DiscoverCheckpoint>(this.path, "discover", this.runFingerprint);
    this.last = saved;
    return saved;
  }

  /** Saves the training state after a round. */
  saveRound(state: Omit<DiscoverCheckpoint, "stage" | "coefficients">): void {
    this.write({ ...state, stage: "train" });
  }

  /** Saves the model after a later stage (the training state of the last round is kept). */
  saveStage(stage: "debias" | "refine", coefficients: number[][], losses: RoundLoss[]): void {
    const base = this.last ?? { round: 0, xiHat: [], mask: [], adam: null, losses: [] };
    this.write({ ...base, stage, coefficients, losses });
  }

  private write(state: DiscoverCheckpoint): void {
    this.last = state;
    writeCheckpoint<DiscoverCheckpoint>(this.path, "discover", this.runFingerprint, state);
  }
}
