/** Messages of the sandwich-PDF path meant for people, in Chinese (the users' language) and English. */
import type { Lang } from "../../messages.js";

const zh = {
  layerRead: (found: number, of: number) => `扫描件附带隐藏的识别文字层（表样核心标签 ${of} 个中识别出 ${found} 个），按文字层读取，未重新识别`,
  layerPoor: (found: number, of: number, min: number) =>
    `扫描件附带的隐藏识别文字层质量差（表样核心标签 ${of} 个中只识别出 ${found} 个，低于 ${Math.round(min * 100)}%），已弃用，改由本程序重新识别页面图像`,
  imageUnreadable: (page: number, detail?: string) => `第 ${page} 页的扫描图像无法读取${detail ? `（${detail}）` : ""}，该页的文字层按文字位置读取，没有表格线`,
};

const en: typeof zh = {
  layerRead: (found, of) => `a scan under an invisible OCR text layer (${found} of the form's ${of} core labels in it): read through that layer, not OCR'd again`,
  layerPoor: (found, of, min) => `the scan's invisible OCR text layer is poor (only ${found} of the form's ${of} core labels in it, under ${Math.round(min * 100)}%): set aside, the page images were OCR'd by jixiao instead`,
  imageUnreadable: (page, detail) => `the scan image of page ${page} cannot be read${detail ? ` (${detail})` : ""}: its text layer is read by position, without table lines`,
};

export function sandwichMessages(lang: Lang = "zh"): typeof zh {
  return lang === "en" ? en : zh;
}
