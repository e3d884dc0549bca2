/**
 * Type 3 fonts read for their text only: the change worker-cmap-cache.ts makes to pdf.js's
 * `TranslatedFont.loadType3Data` for documents that are never drawn.
 *
 * A Type 3 font draws each glyph with a small content stream of its own (Skia prints CJK text as
 * 76–99 such fonts per form, thousands of glyphs). pdf.js inflates and evaluates every glyph's
 * stream into an operator list as soon as the font is loaded — also for `getTextContent`, which
 * never draws them: a third of the CPU of reading such a form. What text extraction takes from
 * those programs is only the font's box: pdf.js widens `font.bbox` (and sets `isCharBBox`, which
 * scales the text's height) from a glyph's `d1` box when the font's own box is empty or a tenth
 * of it, or guesses it from `d0` glyphs' paths when the font's box is empty.
 *
 * For a text-only document the patched method therefore reads only each glyph's first operator.
 * When every glyph starts with `d0`, or with a `d1` box that pdf.js would not use, and the font's
 * box is not empty, nothing pdf.js would compute from the glyph programs reaches the text: their
 * operator lists are left empty. In every other case — an empty font box, a `d1` box that would
 * widen it, a glyph starting otherwise, a glyph that cannot be read — pdf.js's own method runs,
 * so the text is the same either way (`test/extract/pdf/worker-type3.test.ts`). Documents that
 * are drawn (page pictures) are not registered and always get the whole load.
 */

/** The start of pdf.js's method, as pdf.js 5.6 writes it. */
export const TYPE3_ORIGINAL = "  loadType3Data(evaluator, resources, task) {\n    if (this.#type3Loaded) {\n      return this.#type3Loaded;\n    }\n";

/**
 * What replaces it: the text-only check in front, pdf.js's method renamed behind it. Uses names
 * of pdf.js's bundle scope (EvaluatorPreprocessor, StateManager, EvalState, Stream, OPS, Util)
 * and the script's `jixiaoTextOnlyDocs` (pdf.js document ids, `g_d3`, of documents never drawn).
 */
export const TYPE3_TEXT_ONLY = `  loadType3Data(evaluator, resources, task) {
    if (this.#type3Loaded) {
      return this.#type3Loaded;
    }
    if (!jixiaoTextOnlyDocs.has(evaluator.idFactory.getDocId())) {
      return this.jixiaoLoadType3Data(evaluator, resources, task);
    }
    jixiaoType3Stats.checked++;
    this.#type3Loaded = this.jixiaoGlyphsLeaveBBox(evaluator).then((leave) => {
      if (leave) {
        jixiaoType3Stats.skipped++;
        this.font.charProcOperatorList = Object.create(null);
        return undefined;
      }
      this.#type3Loaded = null;
      return this.jixiaoLoadType3Data(evaluator, resources, task);
    });
    return this.#type3Loaded;
  }
  async jixiaoGlyphsLeaveBBox(evaluator) {
    try {
      const [x0, y0, x1, y1] = this.font.bbox;
      const fontBBoxSize = Math.hypot(x1 - x0, y1 - y0);
      if (!(fontBBoxSize > 0)) return false;
      const charProcs = this.dict.get("CharProcs");
      for (const key of charProcs.getKeys()) {
        const stream = charProcs.get(key);
        // Read in place (pdf.js's own inflater, block by block: the first operator is in the
        // first block), not through asyncGetBytes: a zlib context and several promise turns per glyph.
        const operation = { fn: 0, args: null };
        const read = new EvaluatorPreprocessor(stream, evaluator.xref, new StateManager(new EvalState())).read(operation);
        // pdf.js's own load may read this stream again: from its start.
        stream.reset();
        if (!read) continue;
        if (operation.fn === OPS.setCharWidth) continue;
        if (operation.fn !== OPS.setCharWidthAndBounds) return false;
        // pdf.js's test in #removeType3ColorOperators, word for word.
        const charBBox = Util.normalizeRect(operation.args.slice(2)),
          width = charBBox[2] - charBBox[0],
          height = charBBox[3] - charBBox[1];
        const charBBoxSize = Math.hypot(width, height);
        if (width === 0 || height === 0) continue;
        if (fontBBoxSize === 0 || Math.round(charBBoxSize / fontBBoxSize) >= 10) return false;
      }
      return true;
    } catch {
      return false;
    }
  }
  jixiaoLoadType3Data(evaluator, resources, task) {
    if (this.#type3Loaded) {
      return this.#type3Loaded;
    }
`;
