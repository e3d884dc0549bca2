/**
 * Every tolerance of the scan path, named, in one object. Lengths are in points (1/72 inch) and
 * turned into pixels with the page's resolution, so one setting fits 200 and 300 dpi scans.
 */
import { z } from "zod";

export const ScanSettingsSchema = z
  .object({
    /** Background estimate: the page is cut into blocks this many points wide; each block's paper level is a high percentile. */
    backgroundBlock: z.number().positive().default(12),
    /** Percentile of a block's pixels taken as its paper brightness. */
    backgroundPercentile: z.number().min(0.5).max(1).default(0.9),
    /** A pixel darker than this share of its local paper brightness is ink. */
    inkRatio: z.number().min(0).max(1).default(0.7),
    /** Pixels darker than this are ink whatever the background (deep shadows are not paper). */
    inkAbsolute: z.number().int().min(0).max(255).default(60),
    /** Skew searched within ± this many degrees. */
    maxSkew: z.number().nonnegative().default(5),
    /** Skew below this (degrees) is left alone: resampling costs more than it gains. */
    minSkewToCorrect: z.number().nonnegative().default(0.04),
    /** A ruling is a straight run of ink at least this long (points); text strokes are shorter. */
    minRulingLength: z.number().positive().default(24),
    /** Gaps up to this (points) inside a ruling are bridged (noise, JPEG). */
    rulingGap: z.number().nonnegative().default(0.8),
    /** A ruling thicker than this (points) is a filled area, not a line. */
    maxRulingThickness: z.number().positive().default(3),
    /** A run with ink beside it along more than this share of its length is text, not a ruling. */
    maxRulingFlankInk: z.number().min(0).max(1).default(0.45),
    /** Crops are cut this far (points) inside the cell's borders, so border ink stays out. */
    cellInset: z.number().nonnegative().default(1.2),
    /** A crop whose ink covers less than this share of its pixels is blank. */
    blankInkShare: z.number().min(0).max(1).default(0.002),
    /** A blob of ink smaller than this (points, both sides) is noise when deciding a crop is blank. */
    minInkBlob: z.number().nonnegative().default(1.5),
    /** Text lines outside tables: rows of ink are joined across gaps up to this (points). */
    outsideLineGap: z.number().nonnegative().default(2),
    /** Text outside the tables is looked for within their width and this far (points) beyond it on each side. */
    outsideSideMargin: z.number().nonnegative().default(18),
    /** Text outside tables of at most two characters read below this confidence is a speck, not text. */
    minOutsideConfidence: z.number().min(0).max(1).default(0.5),
    /** A numeric reading at or above this confidence, all digits, is not read a second time. */
    numericSureConfidence: z.number().min(0).max(1).default(0.88),
    /**
     * Only readings below this confidence are snapped to a template label: the sure ones near a
     * label were other words (质量目标 read at 0.96 is not 质量指标), the misreads were unsure
     * (主管部方 at 0.71).
     */
    snapBelowConfidence: z.number().min(0).max(1).default(0.9),
    /** Sample labels read at this mean confidence the first way tried are upright: the other way is not read. */
    uprightSureConfidence: z.number().min(0).max(1).default(0.85),
    /** Values read with a mean confidence below this (0–1) are listed for a person to check. */
    lowConfidence: z.number().min(0).max(1).default(0.6),
    /** Page segmentation mode for one-line crops and for multi-line ones (tesseract PSM). */
    psmLine: z.enum(["6", "7", "13"]).default("7"),
    psmBlock: z.enum(["3", "4", "6", "11"]).default("6"),
    /** A crop shorter than this many text heights is read as one line. */
    singleLineHeights: z.number().positive().default(1.6),
    /** Crops are scaled down to this resolution before OCR (chi_sim reads digits of 300 dpi crops worse). */
    ocrDpi: z.number().positive().default(150),
    /**
     * A one-line crop at most this many ink heights wide may be a number: when chi_sim reads it
     * unsure, eng reads it too. A digit is shorter than the type size and monospaced figures are
     * spaced wide: 87162.29 is nine and a half of its heights, 105,900.48 up to twelve.
     */
    numberMaxEms: z.number().positive().default(12),
    /** Ink at most this many times as wide as it is tall is one narrow glyph — a digit, not a (square) Chinese character. */
    digitMaxAspect: z.number().positive().default(0.8),
    /** eng's reading is taken when it is a clean number read at or above this confidence (0–1). */
    engNumberConfidence: z.number().min(0).max(1).default(0.6),
    /** chi_sim's reading of a short crop that has Chinese in it is kept at or above this confidence (a unit: 14月, 27条). */
    cjkSureConfidence: z.number().min(0).max(1).default(0.5),
    /** The lines of a multi-line cell are laid end to end with a gap of this share of a line's height. */
    lineJoinGap: z.number().nonnegative().default(0.5),
    /** Numeric cells are read again with a digit whitelist. */
    numericReread: z.boolean().default(true),
    /** OCR worker count; 0 = one per core. */
    workers: z.number().int().nonnegative().default(0),
    /** Resolution assumed when neither the file nor the page size tells it. */
    fallbackDpi: z.number().positive().default(300),
    /**
     * Seal ink (issue 21): a pixel whose channels spread by at least this much (0–255) may be
     * seal ink. Black text is near gray (a spread of a few units; JPEG's colour fringes at
     * stroke edges stay under ≈ 40), a stamp's red or blue over paper spreads by 100 or more.
     */
    sealMinChroma: z.number().int().min(0).max(255).default(60),
    /** Hues (degrees) of red seal ink, wrapping through 0°: vermilion to crimson. */
    redHue: z.tuple([z.number(), z.number()]).default([330, 30]),
    /** Hues of blue seal ink. */
    blueHue: z.tuple([z.number(), z.number()]).default([200, 260]),
    /** Seal ink is counted on a grid of cells this many pixels wide. */
    markBlock: z.number().int().positive().default(8),
    /** A grid cell with at least this share of its pixels in seal ink belongs to a mark. */
    sealCellInk: z.number().min(0).max(1).default(0.05),
    /** Around such cells, this many more cells are read through the ink's channel too (a stamp's pale edges and JPEG's blurred colour). */
    sealRegionMargin: z.number().int().nonnegative().default(2),
    /** Paper seen through seal ink is this percentile of the ink's passing channel over the seal (the ink is uneven: the median left its denser half as a gray ghost). */
    sealPaperPercentile: z.number().min(0).max(1).default(0.1),
    /** Faxes (issue 21): pages below this resolution (dpi) are enlarged before reading … */
    lowDpi: z.number().positive().default(180),
    /** … to this resolution, the one the bilevel path was tuned at … */
    lowDpiTarget: z.number().positive().default(200),
    /** … and a bilevel one (a fax) to this: its 1-pixel strokes, enlarged as gray, are read at 150 dpi again (ocrDpi) but whole. */
    faxDpiTarget: z.number().positive().default(300),
    /** On a low-resolution bilevel page, a speck is a blob of at most this many times (stroke width + 1 px) squared … */
    speckleArea: z.number().nonnegative().default(1),
    /** … with no other ink within this many stroke widths (a dot of 、 sits by its character). */
    speckleIsolation: z.number().nonnegative().default(2),
    /** … unless it has ink on both sides along its rows within this many times that distance: a decimal point between digits (on a 150 dpi fax it lies 6–7 px from each; 5 × 2 px reaches a digit's advance). */
    pointReach: z.number().nonnegative().default(5),
    /** … and a speck with a mark under it within this many stroke widths, glyphs on both sides, is the dot of a ； (at 150 dpi 4 rows above its comma) … */
    stackedGap: z.number().nonnegative().default(5),
    /** … when that mark is at most this many (stroke width + 1 px) wide and tall: a comma (2×4 px at 150 dpi), not a glyph. */
    stackedMark: z.number().nonnegative().default(3),
    /**
     * … and no glyph within this many pixels beside the dot and the mark. Measured on the fax
     * fixtures: a ； stands 3 px after its glyph at 2-pixel strokes (d-fax-p05) and 6 px at
     * 1-pixel strokes (d-fax-p01); the dot of 冫 over its stroke stands 2 px from the rest of its
     * character (d-fax-p06). Three stroke widths (6 px on p05) had refused most of p05's ；.
     */
    stackedApart: z.number().nonnegative().default(3),
    /** On a low-resolution bilevel page, gaps of up to this many stroke widths between two long runs of ink (a broken ruling) are filled. */
    rulingBridge: z.number().nonnegative().default(3),
    /** A low-resolution bilevel page enlarged as gray has its ink darkened this many times (the smoothing turned 1-pixel strokes pale). */
    faxInkGain: z.number().min(1).default(2),
    /**
     * On a fax page, a band of ink rows in a cell lower than this share of the cell's tallest band
     * is left out of its crop: a speck or a ruling's stub above or below the text, not a line of it
     * (a speck far above d-fax-p05's 1% made the crop two lines, read 轴). 0 keeps every band.
     */
    faxMinBandShare: z.number().min(0).max(1).default(0.3),
    /**
     * … the tallest band counted at most this tall (points: a line of 12 pt type). Lines that touch
     * on a fax are one band several lines tall, and a last line of one character beside it had
     * been left out as a speck (d-fax-p01's deviation, 确保按期完成, lost its 成).
     */
    faxLineCap: z.number().positive().default(12),
    /** A coloured mark smaller than this (points) is not recorded as a seal (official seals are 38–42 mm, section seals ≈ 30 mm). */
    minSealSize: z.number().positive().default(40),
    /** … nor one longer than this many times its width (round and oval seals are at most ≈ 1.5; a signature is 3–5): such a mark is a pen mark. */
    maxSealAspect: z.number().min(1).default(1.8),
    /** A coloured mark smaller than this (points) is a speck, not recorded as a pen mark (a tick is ≈ 14 pt). */
    minPenMark: z.number().positive().default(8),
    /** Phone photos (issue 21, ./photo.ts): the page's edges are looked for within this share of the photo's width (height) from each border … */
    photoEdgeReach: z.number().min(0.05).max(0.5).default(0.3),
    /** … as a step up from the desk of at least this much (gray levels) … */
    photoEdgeStep: z.number().positive().default(25),
    /** … with the desk at most this share of the paper's brightness … */
    photoEdgeRatio: z.number().min(0).max(1).default(0.85),
    /** … agreed on by at least this share of the rows (columns) crossing the edge. */
    photoEdgeAgreement: z.number().min(0).max(1).default(0.5),
    /** A photographed page is made upright at no less than this resolution (dpi) and no more than the next. */
    photoMinDpi: z.number().positive().default(200),
    photoMaxDpi: z.number().positive().default(300),
    /** The light over a photographed page is estimated on blocks this many points wide (≈ 2 mm). */
    photoBackgroundBlock: z.number().positive().default(6),
    /** This much (points) around a flattened page is made white: a sliver of desk left there would be a ruling. */
    photoTrim: z.number().nonnegative().default(4),
    /** Unsharp mask against a photo's blur: Gaussian σ (points) and the share of the difference added back (0 = none). */
    photoSharpenSigma: z.number().nonnegative().default(0.5),
    photoSharpenAmount: z.number().nonnegative().default(2),
  })
  .strict();

export type ScanSettings = z.infer<typeof ScanSettingsSchema>;
export type ScanSettingsInput = z.input<typeof ScanSettingsSchema>;

export function scanSettings(input: ScanSettingsInput = {}): ScanSettings {
  return ScanSettingsSchema.parse(input);
}
