export { parse, parseFile, parseFiles, type ParseOptions } from "./pipeline.js";
export { audit } from "./audit/index.js";
export * from "./schema/index.js";
