/**
 * Rule profiles: what differs between provinces. `national` is the default; a profile file is
 * JSON validated here (unknown keys rejected). See docs/rules/profiles.md.
 */
import { readFileSync } from "node:fs";
import { z } from "zod";

/** A band of a qualitative grade, in percent of the indicator's weight: min ≤ score% < max (≤ max when max is 100). */
export const Band = z.strictObject({
  min: z.number().min(0).max(100),
  max: z.number().min(0).max(100),
}).refine((b) => b.min <= b.max, { message: "min must not exceed max" });
export type Band = z.infer<typeof Band>;

/** A group of 一级指标 whose weights are summed together. */
export const Level1Group = z.strictObject({
  /** The key used in findings, e.g. 产出指标. */
  name: z.string().min(1),
  /** The weight the group should sum to. */
  weight: z.number().min(0),
  /** An indicator belongs to the group when its 一级指标 contains one of these strings. */
  match: z.array(z.string().min(1)).min(1),
});
export type Level1Group = z.infer<typeof Level1Group>;

export const QualitativeBands = z.strictObject({
  /** 达成预期指标 */
  met: Band,
  /** 部分达成预期指标 */
  partlyMet: Band,
  /** 未达成预期指标 */
  notMet: Band,
});
export type QualitativeBands = z.infer<typeof QualitativeBands>;

export const Profile = z.strictObject({
  name: z.string().min(1),
  description: z.string().optional(),
  /** 分值 of budget execution (预算执行). */
  budgetWeight: z.number().min(0),
  /** Level-1 weight scheme, checked by `level1-weights`. */
  level1Weights: z.array(Level1Group).min(1),
  /** Reverse (≤, <) indicators short of their target: `ratio` weight × target ÷ actual, `linear` weight × max(0, 1 − (actual − target) ÷ target). */
  reverseFormula: z.enum(["ratio", "linear"]),
  qualitativeBands: QualitativeBands,
});
export type Profile = z.infer<typeof Profile>;

/** A profile file: either complete, or `extends` a built-in profile and overrides some fields. */
export const ProfileFile = z.strictObject({
  extends: z.enum(["national", "hubei"]).optional(),
  name: z.string().min(1).optional(),
  description: z.string().optional(),
  budgetWeight: z.number().min(0).optional(),
  level1Weights: z.array(Level1Group).min(1).optional(),
  reverseFormula: z.enum(["ratio", "linear"]).optional(),
  qualitativeBands: QualitativeBands.optional(),
});
export type ProfileFile = z.infer<typeof ProfileFile>;

function deepFreeze<T>(value: T): T {
  if (value && typeof value === "object") {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

const standardBands = (): QualitativeBands => ({
  met: { min: 80, max: 100 },
  partlyMet: { min: 60, max: 80 },
  notMet: { min: 0, max: 60 },
});

/** The 2020 national rules: 预算执行 10, 产出 50 (成本 counted with it), 效益 30, 满意度 10. */
export const national: Profile = deepFreeze({
  name: "national",
  description: "全国通行：预算执行 10，产出 50（含成本），效益 30，满意度 10",
  budgetWeight: 10,
  level1Weights: [
    { name: "产出指标", weight: 50, match: ["产出", "成本"] },
    { name: "效益指标", weight: 30, match: ["效益"] },
    { name: "满意度指标", weight: 10, match: ["满意度"] },
  ],
  reverseFormula: "ratio",
  qualitativeBands: standardBands(),
});

/** Hubei: 预算执行 20, 产出 40 (成本 counted with it), 效益 and 满意度 together 40. */
export const hubei: Profile = deepFreeze({
  name: "hubei",
  description: "湖北：预算执行 20，产出 40（含成本），效益与满意度合计 40",
  budgetWeight: 20,
  level1Weights: [
    { name: "产出指标", weight: 40, match: ["产出", "成本"] },
    { name: "效益指标+满意度指标", weight: 40, match: ["效益", "满意度"] },
  ],
  reverseFormula: "ratio",
  qualitativeBands: standardBands(),
});

export const builtinProfiles: Readonly<Record<"national" | "hubei", Profile>> = Object.freeze({ national, hubei });

export class ProfileError extends Error {
  constructor(message: string, readonly issues: readonly string[] = []) {
    super(message);
    this.name = "ProfileError";
  }
}

function describeIssues(error: z.ZodError): string[] {
  return error.issues.map((issue) => `${issue.path.length ? issue.path.join(".") : "(root)"}: ${issue.message}`);
}

/** Validates a parsed profile file (an object) and resolves `extends`. */
export function profileFromJson(json: unknown, origin = "profile"): Profile {
  const file = ProfileFile.safeParse(json);
  if (!file.success) {
    const issues = describeIssues(file.error);
    throw new ProfileError(`${origin}: invalid profile: ${issues.join("; ")}`, issues);
  }
  const { extends: base, ...fields } = file.data;
  const defined = Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined));
  const merged = base ? { ...builtinProfiles[base], ...defined } : defined;
  const full = Profile.safeParse(merged);
  if (!full.success) {
    const issues = describeIssues(full.error);
    throw new ProfileError(`${origin}: incomplete profile (give every field, or "extends"): ${issues.join("; ")}`, issues);
  }
  return full.data;
}

/** `national`, `hubei`, or the path of a JSON profile file. */
export function loadProfile(nameOrPath: string): Profile {
  if (nameOrPath === "national" || nameOrPath === "hubei") return builtinProfiles[nameOrPath];
  let text: string;
  try {
    text = readFileSync(nameOrPath, "utf8");
  } catch (e) {
    throw new ProfileError(`${nameOrPath}: cannot read profile (${(e as Error).message})`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new ProfileError(`${nameOrPath}: not JSON (${(e as Error).message})`);
  }
  return profileFromJson(json, nameOrPath);
}
