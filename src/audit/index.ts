/** The audit: `audit(form, profile?)` → the contract's Audit. */
export { audit, runRules, recompute, gradeOf, comparePaths, type AuditOptions } from "./engine.js";
export { rules, ruleIds, ruleById } from "./rules/index.js";
export { national, hubei, builtinProfiles, loadProfile, profileFromJson, Profile, ProfileFile, ProfileError } from "./profiles.js";
export type { Band, Level1Group, QualitativeBands } from "./profiles.js";
export type { Rule, RuleContext, RuleReport, Lang } from "./context.js";
export { fieldName } from "./fields.js";
