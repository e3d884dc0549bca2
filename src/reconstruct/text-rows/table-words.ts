import type { TableWords } from "../../extract/extraction.js";
import { toTraditional } from "../../normalise/script.js";
import { indicatorColumns, indicatorNatures, type IndicatorColumn } from "../../template/project.js";

/** The spellings of one of the indicator table's columns. */
const spellings = (key: IndicatorColumn): readonly string[] => indicatorColumns.find((c) => c.key === key)?.exact ?? [];

const units = spellings("unit");

/**
 * The form's words the text reader's pipe and line readings weigh (extract/extraction.ts
 * TableWords), from the template: the column that numbers the indicator rows (序号), the one that
 * holds a target's unit apart (度量单位, found in the raw text, so in either script), and what the
 * 指标性质 column prints (定性, 定量).
 */
export const tableWords: TableWords = {
  numberHeads: spellings("seq"),
  unitColumn: new RegExp([...units, ...units.map(toTraditional)].join("|")),
  natures: indicatorNatures,
};
