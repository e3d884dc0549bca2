/**
 * The page picture of a PDF or scan with every cell the form was read from drawn as a box
 * (`sources[*].bbox`, top-left origin, in the units of the page image's own coordinates), boxes
 * of cells with findings coloured by severity, low-confidence OCR values dashed. Without the
 * page image (the original file not at hand) the boxes are drawn on a blank page with the text
 * they held, so the layout can still be checked.
 */
import type { Diagnostic, Form, SourceLocation } from "../schema/index.js";
import type { PlacedFinding, TableRow } from "./form-table.js";
import { cellId, LOW_CONFIDENCE, resolveCell } from "./form-table.js";
import { cls, html, slug, type Raw } from "./html.js";
import type { Words } from "./words.js";

/** One rendered page: a JPEG data URL and the page's size in bbox units (PDF points, image pixels). */
export interface PageImage {
  page: number;
  width: number;
  height: number;
  dataUrl: string;
}

/** Blank-page margin (bbox units) around the cells when no page image is available. */
const BLANK_MARGIN = 24;

/** Id of a page picture, shared by every form drawn on that page (the image is inlined once). */
export function pageImageId(sha256: string, page: number): string {
  return `pg-${sha256.slice(0, 16)}-${page}`;
}

export function boxId(formId: string, path: string): string {
  return `${formId}-b-${slug(path)}`;
}

type Boxed = { path: string; src: SourceLocation & { page: number; bbox: [number, number, number, number] } };

export function boxedSources(form: Form): Boxed[] {
  return Object.entries(form.sources ?? {})
    .filter((e): e is [string, Boxed["src"]] => e[1].page !== undefined && e[1].bbox !== undefined)
    .map(([path, src]) => ({ path, src }));
}

/**
 * The box id of every boxed path. A merged cell is the source of every row it spans (its value
 * is repeated on each), so paths with the same page and bbox share one box: drawn once, not
 * stacked into an opaque block.
 */
export function boxIds(formId: string, form: Form): Map<string, string> {
  const byPlace = new Map<string, string>();
  const out = new Map<string, string>();
  for (const { path, src } of boxedSources(form)) {
    const place = `${src.page}:${src.bbox.join(",")}`;
    const id = byPlace.get(place) ?? boxId(formId, path);
    byPlace.set(place, id);
    out.set(path, id);
  }
  return out;
}

/** The box a finding is shown on: its own path's, else that of a path of the cell it landed on. */
export function findingBox(formId: string, form: Form, rows: readonly TableRow[], path: string): string | null {
  const ids = boxIds(formId, form);
  const own = ids.get(path);
  if (own) return own;
  const p = resolveCell(rows, path)?.paths.find((x) => ids.has(x));
  return p ? ids.get(p)! : null;
}

export function renderPages(
  formId: string,
  sha256: string,
  form: Form,
  rows: readonly TableRow[],
  placed: readonly (PlacedFinding & { boxId: string | null })[],
  images: ReadonlyMap<number, PageImage>,
  w: Words,
  /** Marks the reader found on the pages and kept out of the form (seals, handwriting): drawn dashed, with their message. */
  marks: readonly Diagnostic[] = [],
): Raw | null {
  const ids = boxIds(formId, form);
  // one entry per drawn box: the first path that has it
  const boxed = boxedSources(form).filter(({ path }) => ids.get(path) === boxId(formId, path));
  if (boxed.length === 0) return null;
  const severityOf = new Map<string, string>();
  const rank = { error: 3, warning: 2, info: 1 } as const;
  for (const p of placed) {
    if (!p.boxId) continue;
    const prev = severityOf.get(p.boxId) as keyof typeof rank | undefined;
    if (!prev || rank[p.finding.severity] > rank[prev]) severityOf.set(p.boxId, p.finding.severity);
  }
  const pages = [...new Set(boxed.map((b) => b.src.page))].sort((a, b) => a - b);
  const out = pages.map((page) => {
    const here = boxed.filter((b) => b.src.page === page);
    const img = images.get(page);
    const width = img ? img.width : Math.max(...here.map((b) => b.src.bbox[2])) + BLANK_MARGIN;
    const height = img ? img.height : Math.max(...here.map((b) => b.src.bbox[3])) + BLANK_MARGIN;
    // Failing boxes last, so they are drawn over their neighbours' outlines.
    const ordered = [...here].sort((a, b) => Number(severityOf.has(boxId(formId, a.path))) - Number(severityOf.has(boxId(formId, b.path))));
    const rects = ordered.map(({ path, src }) => {
      const [x0, y0, x1, y1] = src.bbox;
      const id = boxId(formId, path);
      const sev = severityOf.get(id);
      const low = src.confidence !== undefined && src.confidence < LOW_CONFIDENCE;
      const cell = resolveCell(rows, path);
      const label = `${path}: ${src.text}${low ? ` (${w.lowConfidence(Math.round((src.confidence ?? 0) * 100))})` : ""}`;
      return html`<rect id="${id}" class="${cls("box", sev && `sev-${sev}`, low && "lowconf")}" x="${r(x0)}" y="${r(y0)}" width="${r(x1 - x0)}" height="${r(y1 - y0)}"${cell ? html` data-cell="${cellId(formId, cell)}"` : ""}><title>${label}</title></rect>${
        img ? "" : html`<text class="boxtext" x="${r(x0 + 1)}" y="${r(y1 - (y1 - y0) * 0.25)}" font-size="${r(Math.min(9, (y1 - y0) * 0.6))}">${src.text.slice(0, 40)}</text>`
      }`;
    });
    const drawn = marks.flatMap((d) => {
      const b = d.source?.page === page ? d.source.bbox : undefined;
      return b ? [html`<rect class="${cls("mark", `mark-${d.code}`)}" x="${r(b[0])}" y="${r(b[1])}" width="${r(b[2] - b[0])}" height="${r(b[3] - b[1])}"><title>${d.message}</title></rect>`] : [];
    });
    return html`<figure class="page"><figcaption>${w.page(page)}${img ? "" : html` · <span class="note">${w.pageImageMissing}</span>`}</figcaption><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${r(width)} ${r(height)}" class="pagesvg">${
      img ? html`<use href="#${pageImageId(sha256, page)}"/>` : html`<rect class="blank" x="0" y="0" width="${r(width)}" height="${r(height)}"/>`
    }${rects}${drawn}</svg></figure>`;
  });
  return html`${out}`;
}

function r(v: number): number {
  return Math.round(v * 100) / 100;
}
