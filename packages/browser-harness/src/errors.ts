/** The browser could not be found or launched, the bundle failed, or the page's `run()` failed. */
export class BrowserHarnessError extends Error {
  override readonly name = "BrowserHarnessError";
}
