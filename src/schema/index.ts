export * from "./source.js";
export * from "./diagnostic.js";
export * from "./form.js";
export * from "./document.js";
