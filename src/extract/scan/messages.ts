/**
 * Messages of the scan, OCR and hOCR/ALTO readers meant for people, in Chinese (the users'
 * language) and English; `corrected.reason` texts too. Codes are stable; only the wording follows
 * the language.
 */
import type { Lang } from "../../messages.js";

const zh = {
  lowConfidence: (confidence: string, text: string) => `识别把握不大（置信度 ${confidence}），请人工核对：${text}`,
  ocrTimeout: (pagesRead: number) => `识别超时：只读了前 ${pagesRead} 页`,
  noImage: (page: number) => `第 ${page} 页没有图像`,
  labelSnapped: (read: string, label: string) => `识别为「${read}」，与表样标签「${label}」仅差个别字，按标签读取`,
  ocrUnavailable: (detail: string) => `无法启动文字识别：${detail}`,
  imageUnreadable: (detail: string) => `无法读取图像：${detail}`,
  scanUnreadable: (detail: string) => `无法读取扫描件：${detail}`,
  pagesLimited: (pages: number, read: number) => `共 ${pages} 页，只读了前 ${read} 页`,
  noText: "文件中没有识别出的文字",
  ocrFileUnreadable: (format: string, detail: string) => `无法读取 ${format} 文件：${detail}`,
  reasonLabelSnapped: "识别结果与表样标签仅差个别字，按标签读取",
  reasonHeaderRow: "表头行其余各栏与表样一致，本栏按表样栏目顺序读取",
  reasonArithmetic: "识别的数字与表内算术不符；改一位形近数字后各项合计、比率均相符",
  reasonTwinReading: (read: string, by: string) => `「${read}」识别把握不大；表内别处清楚识别为「${by}」，按其读取`,
  reasonSecondReading: (read: string, by: string) => `「${read}」识别把握不大；按扫描件原分辨率重读，清楚识别为「${by}」且前后文字相同，按其读取`,
  reasonSeparator: "；",
  sealFound: (ink: "red" | "blue", page: number) => `第 ${page} 页有${ink === "red" ? "红" : "蓝"}色印章，识别前已按颜色去除（其下的黑色文字保留）`,
  penFound: (ink: "red" | "blue", page: number) => `第 ${page} 页有${ink === "red" ? "红" : "蓝"}色手写笔迹（签名、日期或勾选），识别前已按颜色去除，未读入任何字段`,
};

const en: typeof zh = {
  lowConfidence: (confidence, text) => `read by OCR with low confidence (${confidence}), please check by hand: “${text}”`,
  ocrTimeout: (pagesRead) => `OCR took too long: only the first ${pagesRead} page(s) were read`,
  noImage: (page) => `page ${page} has no image`,
  labelSnapped: (read, label) => `read as “${read}”, one character away from the form's label “${label}”: read as the label`,
  ocrUnavailable: (detail) => `cannot start OCR: ${detail}`,
  imageUnreadable: (detail) => `cannot read the image: ${detail}`,
  scanUnreadable: (detail) => `cannot read the scan: ${detail}`,
  pagesLimited: (pages, read) => `${pages} pages, only the first ${read} were read`,
  noText: "no recognised text in the file",
  ocrFileUnreadable: (format, detail) => `cannot read the ${format} file: ${detail}`,
  reasonLabelSnapped: "the reading was one character away from a label of the form: read as the label",
  reasonHeaderRow: "the other cells of the header row match the form's columns: this one read as the column between them",
  reasonArithmetic: "the number read did not fit the form's arithmetic; with one look-alike digit changed, every total and rate fits",
  reasonTwinReading: (read, by) => `“${read}” was read unsure; the same words are read surely as “${by}” elsewhere on the form (or are the form's printed wording): read so`,
  reasonSecondReading: (read, by) => `“${read}” was read unsure; read again at the scan's own resolution, the cell reads “${by}” surely there with the same words around it: read so`,
  reasonSeparator: "; ",
  sealFound: (ink, page) => `page ${page} has a ${ink} seal, removed by its colour before OCR (black text under it kept)`,
  penFound: (ink, page) => `page ${page} has ${ink} handwriting (a signature, a date or a tick), removed by its colour before OCR and read into no field`,
};

export function scanMessages(lang: Lang = "zh"): typeof zh {
  return lang === "en" ? en : zh;
}
