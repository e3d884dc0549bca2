import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { hubei, loadProfile, national, ProfileError, profileFromJson } from "../../src/audit/profiles.js";

const dir = mkdtempSync(join(tmpdir(), "jixiao-profile-"));
function file(name: string, content: unknown): string {
  const p = join(dir, name);
  writeFileSync(p, typeof content === "string" ? content : JSON.stringify(content));
  return p;
}

describe("profiles", () => {
  it("built-ins by name", () => {
    expect(loadProfile("national")).toBe(national);
    expect(loadProfile("hubei")).toBe(hubei);
    expect(national.budgetWeight).toBe(10);
    expect(hubei.budgetWeight).toBe(20);
    expect(Object.isFrozen(national.level1Weights[0])).toBe(true);
  });

  it("a complete profile file", () => {
    const p = loadProfile(file("full.json", { ...national, name: "sichuan" }));
    expect(p.name).toBe("sichuan");
    expect(p.level1Weights).toEqual(national.level1Weights);
  });

  it("a file that extends a built-in", () => {
    const p = loadProfile(file("linear.json", { extends: "national", name: "linear", reverseFormula: "linear" }));
    expect(p).toEqual({ ...national, name: "linear", reverseFormula: "linear" });
  });

  it("unknown keys are rejected, also nested", () => {
    expect(() => loadProfile(file("bad1.json", { ...national, colour: "red" }))).toThrow(ProfileError);
    expect(() =>
      profileFromJson({ extends: "national", qualitativeBands: { ...national.qualitativeBands, met: { min: 80, max: 100, mid: 90 } } }),
    ).toThrow(/mid|Unrecognized/);
  });

  it("incomplete profiles and bad values are rejected", () => {
    expect(() => profileFromJson({ name: "x" })).toThrow(/incomplete/);
    expect(() => profileFromJson({ extends: "national", reverseFormula: "square" })).toThrow(ProfileError);
    expect(() => profileFromJson({ extends: "national", qualitativeBands: { met: { min: 90, max: 80 }, partlyMet: { min: 0, max: 1 }, notMet: { min: 0, max: 1 } } })).toThrow(ProfileError);
  });

  it("unreadable files", () => {
    expect(() => loadProfile(join(dir, "missing.json"))).toThrow(/cannot read/);
    expect(() => loadProfile(file("notjson.json", "{"))).toThrow(/not JSON/);
  });
});

describe("docs/rules/profiles.md", () => {
  it("every JSON example in it is a valid profile file", async () => {
    const { readFileSync } = await import("node:fs");
    const { fileURLToPath } = await import("node:url");
    const md = readFileSync(fileURLToPath(new URL("../../docs/rules/profiles.md", import.meta.url)), "utf8");
    const blocks = [...md.matchAll(/```json\n([\s\S]*?)```/g)].map((m) => JSON.parse(m[1]!) as unknown);
    expect(blocks.length).toBeGreaterThanOrEqual(2);
    const [full, sichuan] = blocks.map((b) => profileFromJson(b));
    const { description: _d, ...nationalFields } = national;
    expect(full).toEqual(nationalFields);
    expect(sichuan?.reverseFormula).toBe("linear");
  });
});
