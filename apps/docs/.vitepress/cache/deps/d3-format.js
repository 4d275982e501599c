import {
  defaultLocale,
  FormatSpecifier,
  format,
  formatLocale,
  formatPrefix,
  formatSpecifier,
  precisionFixed,
  precisionPrefix,
  precisionRound,
} from "./chunk-F24T5I7S.js";
import "./chunk-G3PMV62Z.js";

export {
  defaultLocale as formatDefaultLocale,
  FormatSpecifier,
  format,
  formatLocale,
  formatPrefix,
  formatSpecifier,
  precisionFixed,
  precisionPrefix,
  precisionRound,
};
//# sourceMappingURL=d3-format.js.map
