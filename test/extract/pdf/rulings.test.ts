import { describe, expect, it } from "vitest";
import { operatorListToRulings, type OpsCodes } from "../../../src/extract/pdf/rulings.js";
import { repairRadicals } from "../../../src/extract/pdf/radicals.js";

// pdf.js OPS numbers (5.x).
const OPS: OpsCodes = {
  save: 10, restore: 11, transform: 12, setLineWidth: 2, setGState: 9, constructPath: 91,
  paintFormXObjectBegin: 74, paintFormXObjectEnd: 75, stroke: 20, closeStroke: 21, fill: 22, eoFill: 23,
  fillStroke: 24, eoFillStroke: 25, closeFillStroke: 26, closeEOFillStroke: 27,
};
const M = 0, L = 1, Z = 4;
/** PDF space (y up, page height 800) → top-left space. */
const toPage: [number, number, number, number, number, number] = [1, 0, 0, -1, 0, 800];

describe("operator list → rulings", () => {
  it("applies the current transform across save/restore to stroked lines", () => {
    const ops = {
      fnArray: [OPS.save, OPS.transform, OPS.setLineWidth, OPS.constructPath, OPS.restore, OPS.constructPath],
      argsArray: [
        null,
        [1, 0, 0, 1, 100, 200],
        [2],
        [OPS.stroke, [new Float32Array([M, 0, 0, L, 50, 0])], null],
        null,
        [OPS.stroke, [new Float32Array([M, 0, 0, L, 0, 30])], null],
      ],
    };
    const { segments } = operatorListToRulings(ops, OPS, toPage);
    expect(segments).toEqual([
      { x0: 100, y0: 600, x1: 150, y1: 600, lineWidth: 2, kind: "stroke" },
      { x0: 0, y0: 770, x1: 0, y1: 800, lineWidth: 1, kind: "stroke" },
    ]);
  });

  it("keeps filled rectangles (Chromium's borders) and ignores clipping paths", () => {
    const rect = new Float32Array([M, 10, 10, L, 110, 10, L, 110, 11, L, 10, 11, Z]);
    const ops = {
      fnArray: [OPS.transform, OPS.constructPath, OPS.constructPath],
      argsArray: [[0.5, 0, 0, 0.5, 0, 0], [OPS.fill, [rect], null], [28, [rect], null]],
    };
    const { rects, segments } = operatorListToRulings(ops, OPS, toPage);
    expect(segments).toHaveLength(0);
    expect(rects).toEqual([{ bbox: [5, 794.5, 55, 795] }]);
  });

  it("closes a stroked rectangle into four sides", () => {
    const ops = { fnArray: [OPS.constructPath], argsArray: [[OPS.closeStroke, [new Float32Array([M, 0, 0, L, 10, 0, L, 10, 10, L, 0, 10])], null]] };
    expect(operatorListToRulings(ops, OPS, toPage).segments).toHaveLength(4);
  });
});

describe("radical repair", () => {
  it("repairs Kangxi radicals and the CJK Radicals Supplement per character, keeping Chinese punctuation", () => {
    expect(repairRadicals("项⽬名称：⻔户（⺠生）")).toBe("项目名称：门户（民生）");
    expect(repairRadicals("⻓效管理，≥90%")).toBe("长效管理，≥90%");
  });
});
