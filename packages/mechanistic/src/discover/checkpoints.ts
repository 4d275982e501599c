/**
 * Checkpoints between the stages of `discover()`: after every training round and after the debias and
 * refinement stages. A resume continues after the last finished round or stage. The fingerprint ties a
 * checkpoint to its data and settings.
 */
import type { OptimizerState } from "@mechanist/autodiff";
import { readCheckpoint, writeCheckpoint } from "#checkpoint-io";
import { optimizerSchema, type Schema } from "../checkpoint-schema.js";
import { fingerprint } from "../fingerprint.js";
import type { ThresholdRule } from "../threshold.js";
import type { Trajectory } from "../trajectory.js";
import type { StageResult } from "./context.js";
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
  /** The model after a "debias" or "refine" stage (original units), and its standard errors when known. */
  coefficients?: number[][];
  standardErrors?: number[][];
  inclusionProbabilities?: number[][];
  /** Same-size alternatives that the data barely tell from the refined model (their warning survives a resume). */
  alternatives?: Array<{ equation: number; coefficients: number[]; delta: number }>;
}

/** The saved state field by field: T library terms, dim variables (xiHat and mask are T × dim). */
function discoverSchema(T: number, dim: number): Schema {
  const loss: Schema = {
    object: {
      round: "integer",
      stage: { oneOf: ["train", "debias", "refine"] },
      loss: "number|null",
      epochs: "integer",
      activeTerms: "integer",
    },
  };
  return {
    object: {
      stage: { oneOf: ["train", "debias", "refine"] },
      round: "integer",
      // Empty when a stage checkpoint was written without training rounds.
      xiHat: { array: "number", length: [0, T * dim] },
      mask: { array: { oneOf: [0, 1] }, length: [0, T * dim] },
      adam: { nullable: optimizerSchema() },
      losses: { array: loss },
      denoiser: { array: { array: "number" } },
      coefficients: { array: { array: "number", length: T }, length: dim },
      inclusionProbabilities: { array: { array: "number", length: T }, length: dim },
      alternatives: {
        array: {
          object: { equation: "integer", coefficients: { array: "number", length: T }, delta: "number" },
        },
      },
    },
    optional: ["stage", "denoiser", "coefficients", "inclusionProbabilities", "alternatives"],
  };
}

export class DiscoverCheckpointStore {
  private last: DiscoverCheckpoint | null = null;

  constructor(
    readonly path: string,
    private readonly runFingerprint: string,
    private readonly schema?: Schema,
  ) {}

  static forRun(
    path: string,
    settings: Settings,
    rule: ThresholdRule,
    terms: readonly string[],
    trajectories: readonly Trajectory[],
  ): DiscoverCheckpointStore {
    // Every sample of every trajectory: a checkpoint of other data must not resume (a content hash).
    const data = trajectories.map((tr) => [tr.t, tr.x]);
    const dim = trajectories[0]?.x[0]?.length ?? 0;
    return new DiscoverCheckpointStore(
      path,
      fingerprint({ settings, rule, terms, data }),
      discoverSchema(terms.length, dim),
    );
  }

  read(): DiscoverCheckpoint | null {
    const saved = readCheckpoint<DiscoverCheckpoint>(this.path, "discover", this.runFingerprint, this.schema);
    this.last = saved;
    return saved;
  }

  /** Saves the training state after a round. */
  saveRound(state: Omit<DiscoverCheckpoint, "stage" | "coefficients">): void {
    this.write({ ...state, stage: "train" });
  }

  /** Saves the model after a later stage (the training state of the last round is kept). */
  saveStage(stage: "debias" | "refine", result: StageResult): void {
    const base = this.last ?? { round: 0, xiHat: [], mask: [], adam: null, losses: [] };
    const { coefficients, losses, standardErrors, inclusionProbabilities, alternatives } = result;
    this.write({
      ...base,
      stage,
      coefficients,
      losses,
      ...(standardErrors ? { standardErrors } : {}),
      ...(inclusionProbabilities ? { inclusionProbabilities } : {}),
      ...(alternatives ? { alternatives } : {}),
    });
  }

  private write(state: DiscoverCheckpoint): void {
    this.last = state;
    writeCheckpoint<DiscoverCheckpoint>(this.path, "discover", this.runFingerprint, state);
  }
}
