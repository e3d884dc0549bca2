export * from "./text.js";
export * from "./number.js";
export * from "./decimal.js";
export * from "./script.js";
