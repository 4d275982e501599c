/** Any numeric sequence: plain arrays, Float64Array, Float32Array, ... */
export type NumberArray = ArrayLike<number>;

/** Options shared by every plot. */
export interface BaseOptions {
  /** Title drawn above the plot and used as the SVG `<title>` (accessible name). */
  title?: string;
  /** Longer accessible description (`<desc>`); a summary of the data is generated when omitted. */
  description?: string;
  /** Pixel width of the SVG (default 640). */
  width?: number;
  /** Pixel height of the SVG (default 400). */
  height?: number;
  /** Prefix for element ids (clip paths, gradients) so that several inline SVGs never clash. */
  idPrefix?: string;
}

/** Axis labels and explicit domains for 2D Cartesian plots. */
export interface AxisOptions {
  xLabel?: string;
  yLabel?: string;
  /** Fixed x domain [min, max]; computed from the data when omitted. */
  xDomain?: [number, number];
  /** Fixed y domain [min, max]; computed from the data when omitted. */
  yDomain?: [number, number];
  /** Logarithmic y axis; non-positive values are dropped (shown as gaps). */
  logY?: boolean;
}

/** One line/point series. */
export interface Series {
  x: NumberArray;
  y: NumberArray;
  label?: string;
  /** CSS colour; the theme palette is used when omitted. */
  color?: string;
  /** SVG stroke-dasharray, e.g. "6 3". */
  dash?: string;
}
