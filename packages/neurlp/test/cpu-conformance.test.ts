import { runConformance } from "@mechanist/neurlp/conformance";
import "../src/index.js";

// The reference backend passes the whole suite at the Float64 defaults.
runConformance("cpu");
