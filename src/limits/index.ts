export { defaultLimits, limitSettings, resolveLimits, type Limits } from "./limits.js";
export { limitMessages } from "./messages.js";
export { imageSizes, largestImage, type ImageSize } from "./image-size.js";
export { checkPdf, streamBudget, type PdfProblem } from "./pdf-guard.js";
export { withTimeLimit, TimeLimitExceeded, type Timed } from "./time-limit.js";
export { boundGrid } from "./grid-bounds.js";
export { parseByteSize, parseDuration } from "./parse-values.js";
export { isTiff, readTiffStructure, type TiffReading } from "./tiff-guard.js";
