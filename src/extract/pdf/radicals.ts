/**
 * Repairs radical code points that some PDF generators (Type 3 fonts with a generated
 * ToUnicode) put in place of ordinary CJK ideographs: ⽬ (KANGXI RADICAL EYE) for 目,
 * ⻔ (CJK RADICAL C-SIMPLIFIED GATE) for 门.
 *
 * Repairs are made character by character: NFKC on a whole string would also turn Chinese
 * punctuation (，：（）) into ASCII, which the contract keeps as printed.
 */

/** CJK Radicals Supplement (U+2E80–U+2EFF): most have no compatibility mapping, so name them. */
export const RADICALS_SUPPLEMENT: Readonly<Record<string, string>> = {
  "\u2E86": "冂", "\u2E87": "几", "\u2E8B": "㔾", "\u2E8F": "尢", "\u2E90": "尢", "\u2E92": "巳",
  "\u2E93": "幺", "\u2E94": "彑", "\u2E95": "彐", "\u2E97": "心", "\u2E98": "扌", "\u2E99": "攵",
  "\u2E9B": "旡", "\u2E9D": "月", "\u2E9E": "歺", "\u2E9F": "母", "\u2EA0": "民", "\u2EA3": "灬",
  "\u2EA4": "爫", "\u2EA6": "丬", "\u2EA7": "牛", "\u2EA8": "犭", "\u2EAA": "疋", "\u2EAC": "示",
  "\u2EAD": "礻", "\u2EAE": "竹", "\u2EB3": "罒", "\u2EB7": "羊", "\u2EBB": "聿", "\u2EBC": "月",
  "\u2EBE": "艹", "\u2EC1": "虎", "\u2EC2": "衤", "\u2EC4": "西", "\u2EC5": "见", "\u2EC6": "角",
  "\u2EC8": "讠", "\u2EC9": "贝", "\u2ECB": "车", "\u2ECC": "辶", "\u2ECF": "阝", "\u2ED0": "钅",
  "\u2ED1": "長", "\u2ED2": "镸", "\u2ED3": "长", "\u2ED4": "门", "\u2ED6": "阝", "\u2ED7": "雨",
  "\u2ED8": "青", "\u2ED9": "韦", "\u2EDA": "页", "\u2EDB": "风", "\u2EDC": "飞", "\u2EDD": "食",
  "\u2EDF": "飠", "\u2EE0": "饣", "\u2EE2": "马", "\u2EE3": "骨", "\u2EE4": "鬼", "\u2EE5": "鱼",
  "\u2EE6": "鸟", "\u2EE7": "卤", "\u2EE8": "麦", "\u2EE9": "黄", "\u2EEA": "黾", "\u2EEB": "斉",
  "\u2EEC": "齐", "\u2EED": "歯", "\u2EEE": "齿", "\u2EEF": "竜", "\u2EF0": "龙", "\u2EF3": "龟",
};

/** True for a code point this module may rewrite. */
function isRadicalLike(cp: number): boolean {
  return (
    (cp >= 0x2e80 && cp <= 0x2eff) || // CJK Radicals Supplement
    (cp >= 0x2f00 && cp <= 0x2fdf) || // Kangxi Radicals
    (cp >= 0xf900 && cp <= 0xfaff) // CJK Compatibility Ideographs
  );
}

/** Repairs one character; anything else is returned unchanged. */
export function repairRadical(ch: string): string {
  const cp = ch.codePointAt(0) ?? 0;
  if (!isRadicalLike(cp)) return ch;
  const mapped = RADICALS_SUPPLEMENT[ch];
  if (mapped) return mapped;
  const n = ch.normalize("NFKC");
  return n.length > 0 ? n : ch;
}

/** Repairs every radical in `s`, leaving all other characters (punctuation included) as they are. */
export function repairRadicals(s: string): string {
  let out = "";
  let changed = false;
  for (const ch of s) {
    const r = repairRadical(ch);
    if (r !== ch) changed = true;
    out += r;
  }
  return changed ? out : s;
}
