/**
 * A browser stand-in for the `vitest` module, for page code that only needs `expect` (the NeuRLP
 * conformance cases need none: they are framework-free). Alias `vitest` to this file when bundling: `@vitest/expect` is the
 * very implementation vitest's own `expect` uses (chai plus vitest's matchers), without the runner.
 */

import { type ExpectStatic, JestChaiExpect, JestExtend } from "@vitest/expect";
import * as chai from "chai";

chai.use(JestExtend);
chai.use(JestChaiExpect);

export const expect = chai.expect as unknown as ExpectStatic;

function unsupported(name: string): never {
  throw new Error(`${name}() is not available in the browser-harness vitest shim (only expect is)`);
}
export const describe = () => unsupported("describe");
export const it = () => unsupported("it");
export const test = () => unsupported("test");
export const beforeAll = () => unsupported("beforeAll");
