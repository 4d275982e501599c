/** The shapes of the KdV models and the presets of `mechanist train kdv`. */
import type { DType } from "@mechanist/autodiff";

export interface KdvModelOptions {
  /** Observed frames fed to the networks (input channels). */
  window: number;
  /** Frames of one prediction, the first being the last observed frame (the solver's grid points). */
  horizon: number;
  /** Order of the ODE solved per spatial point (4 in the papers: u and three derivatives are initial values). */
  order: number;
  /** Channels of the residual networks. */
  width: number;
  /** Residual blocks per network. */
  blocks: number;
  /** Kernel size of the residual networks' convolutions. */
  kernel: number;
  /** One residual network for coefficients and rhs (cheaper) instead of one each (the published design). */
  sharedTrunk: boolean;
  /** Channels of the conv stack that predicts the extra initial derivatives. */
  ivWidths: number[];
  /** Initial value of the one learned time step (sigmoid-parametrised). */
  h0: number;
  /** Storage of the network weights (the solve is Float64 either way). */
  dtype: DType;
  seed: number;
}

export interface KdvTrainOptions {
  /** Trajectories generated for training / validation / test. */
  trajectories: number;
  validation: number;
  test: number;
  epochs: number;
  batchSize: number;
  /** Training windows start every `windowStride` frames (1 = every window). */
  windowStride: number;
  /** Spatial points whose ODEs are solved per training batch (random each batch; all at evaluation). */
  trainPoints: number;
  lr: number;
  /** ReduceLROnPlateau on the validation loss. */
  plateauFactor: number;
  plateauPatience: number;
  /** Spatial points and stored frames per trajectory (LPSDA "KdV easy": 256 and 140). */
  nx: number;
  nt: number;
}

export type KdvPreset = { model: KdvModelOptions; train: KdvTrainOptions };
