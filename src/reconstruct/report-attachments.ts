/**
 * An evaluation report read as the unit's self-evaluation (its cover ticks the unit's own
 * evaluation: self-evaluation-cover.ts) carries its tables as numbered attachments with titles of
 * their own (Hainan's 附件4-1 cover, 4-2 项目绩效目标表, 4-3 项目基本信息 with the funds and the scored
 * indicator table). Those titles are the dossier's other forms elsewhere; inside the report they
 * are its pages: the report's form is not ended at them. A part of the report (template
 * selfEvaluationReportParts: the 基本信息 page, with the funds and the scores the report reports)
 * is read into the form; any other attachment (the targets as set) is reported as another form
 * and its rows passed over, the form still open for a part that follows it.
 */
import { selfEvaluationReportParts } from "../template/project.js";
import type { RawForm } from "./raw-form.js";

export type ReportAttachment = "part" | "attached";

/** What an other-form title (its template name) is inside a report read as a form. */
export function attachmentOfReport(otherFormName: string): ReportAttachment {
  return selfEvaluationReportParts.includes(otherFormName) ? "part" : "attached";
}

/**
 * The names the report's cover gave (项目名称, 主管部门, 项目单位). A page of the report prints its own
 * labels for them again, shorter or spelled otherwise (项目实施单位 海南林业厅生态中心 for the cover's
 * 海南省林业厅生态公益林管理中心): the cover's stand, a name it left out is taken from the page.
 */
export type CoverNames = Pick<RawForm, "projectName" | "department" | "implementingUnit">;

export function coverNamesOf(form: RawForm): CoverNames {
  return { projectName: form.projectName, department: form.department, implementingUnit: form.implementingUnit };
}

export function keepCoverNames(form: RawForm, cover: CoverNames): void {
  if (cover.projectName) form.projectName = cover.projectName;
  if (cover.department) form.department = cover.department;
  if (cover.implementingUnit) form.implementingUnit = cover.implementingUnit;
}

/** A report's section number (一、 二、…), alone in its cell or opening it. */
const CHAPTER = /^[一二三四五六七八九十]+、/;

/** A row that opens on a section number of the report: a heading of its pages. */
export function isChapterHeading(cells: readonly { text: string }[]): boolean {
  const first = cells.find((c) => c.text.trim() !== "");
  return first !== undefined && CHAPTER.test(first.text.trim());
}
