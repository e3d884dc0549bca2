/**
 * Every tolerance of the layout stage, named, in one object. Distances are in PDF points
 * (pixels for images). Unknown keys are rejected, so a misspelt setting fails loudly.
 */
import { z } from "zod";

export const LayoutSettingsSchema = z
  .object({
    /** `lattice`: cut along rulings; `stream`: cluster text by position; `auto`: lattice where rulings make a table. */
    flavour: z.enum(["auto", "lattice", "stream"]).default("auto"),
    /** A filled rectangle thinner than this in one direction is a ruling (Chromium draws borders so). */
    maxRulingThickness: z.number().positive().default(3),
    /** Segments shorter than this are ignored (corner dots, glyph fragments). */
    minEdgeLength: z.number().nonnegative().default(1.5),
    /** A segment whose ends differ by at most this across its direction is horizontal / vertical. */
    orientationTolerance: z.number().nonnegative().default(1),
    /** Edges whose positions differ by at most this lie on one line. */
    snapTolerance: z.number().nonnegative().default(2),
    /** Collinear edges separated by at most this gap are joined. */
    joinTolerance: z.number().nonnegative().default(3),
    /** An edge that stops within this of another still meets it. */
    intersectionTolerance: z.number().nonnegative().default(3),
    /** A vertical edge meeting no other edge joins a table it runs alongside, if within this distance of it. */
    orphanEdgeReach: z.number().nonnegative().default(80),
    /** Share of a cell side an edge must cover to count as a border there. */
    borderCoverage: z.number().min(0).max(1).default(0.6),
    /** A ruled table needs at least this many rows and columns of cells. */
    minTableRows: z.number().int().positive().default(1),
    minTableCols: z.number().int().positive().default(2),
    /** Runs overlapping vertically by this share of the smaller height are on one line. */
    lineOverlap: z.number().min(0).max(1).default(0.5),
    /** Inside a line, a gap wider than this many font sizes starts a new cell (stream flavour, text outside tables). */
    cellGapEm: z.number().nonnegative().default(1.5),
    /** Inside a line, a gap wider than this many font sizes is written as a space when runs are joined. */
    wordGapEm: z.number().nonnegative().default(0.25),
    /** Stream columns: cell left edges within this distance share a column. */
    streamColumnTolerance: z.number().nonnegative().default(6),
    /** Stream: inside a line, a gap wider than this many font sizes separates two fragments (tight unruled columns sit about one em apart). */
    streamFragmentGapEm: z.number().nonnegative().default(0.8),
    /** Stream: runs overlapping vertically by this share of the smaller height, measured against a line's first run, are on one line (a cell centred beside a wrapped one must not tie its lines together). */
    streamLineOverlap: z.number().min(0).max(1).default(0.7),
    /** Stream: a gap in the x-projection of a region's text at least this many font sizes wide separates two columns. */
    streamColumnGapEm: z.number().nonnegative().default(0.3),
    /** Stream: lines of one column at most this many font sizes apart (box to box) may be wrapped lines of one cell. */
    streamLineGapEm: z.number().nonnegative().default(0.3),
    /** Stream: cells of one row share their vertical centre (forms centre their cells) within this many font sizes. */
    streamCentreToleranceEm: z.number().nonnegative().default(0.35),
    /** Stream: a line holding header labels of this many columns the template knows is a header row. */
    streamHeaderMinColumns: z.number().int().positive().default(3),
    /** Stream: header fragments this many font sizes apart vertically belong to one header row (wrapped headers). */
    streamHeaderGapEm: z.number().nonnegative().default(0.6),
    /** Stream: text outside ruled tables becomes a stream table when at least this many of its lines hold two or more cells. */
    streamMinTableLines: z.number().int().nonnegative().default(4),
    /** Across: rows of a table continued side by side on the next page sit within this of the previous page's rows. */
    acrossRowTolerance: z.number().nonnegative().default(2),
    /** Across: share of the next page's rows that must sit beside the previous page's rows. */
    acrossMinRowShare: z.number().min(0).max(1).default(0.7),
    /** Stitching: column lines of a continued table must match the previous part's within this. */
    stitchColumnTolerance: z.number().nonnegative().default(3),
    /** Stitching: a ruled table only continues if nothing but this many outside lines (page numbers) lie between. */
    stitchMaxLinesBetween: z.number().int().nonnegative().default(2),
    /** A bottom line with a border under fewer than this share of its cells means the last row was cut by the page break. */
    cutRowBorderShare: z.number().min(0).max(1).default(0.5),
    /** Drop a row at the top of a continued table that repeats a row of the part before it (a repeated header). */
    dropRepeatedHeader: z.boolean().default(true),
  })
  .strict();

export type LayoutSettings = z.infer<typeof LayoutSettingsSchema>;
export type LayoutSettingsInput = z.input<typeof LayoutSettingsSchema>;

export const defaultLayoutSettings: LayoutSettings = LayoutSettingsSchema.parse({});

/** Validates partial settings over the defaults; throws a ZodError on unknown keys or bad values. */
export function layoutSettings(input: LayoutSettingsInput = {}): LayoutSettings {
  return LayoutSettingsSchema.parse(input);
}
