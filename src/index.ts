export { parse, parseFile, parseFiles, type ParseOptions } from "./pipeline.js";
export { defaultLimits, type Limits } from "./extract/extraction.js";
export { audit } from "./audit/index.js";
export * from "./schema/index.js";
