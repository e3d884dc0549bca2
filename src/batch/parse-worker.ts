/**
 * The piscina task: parse one file with the pipeline, write its Document atomically into the
 * output folder, and hand back only the index entry (the Document never crosses threads, so the
 * main thread holds no results).
 */
import type { MessagePort } from "node:worker_threads";
import { loadProfile, type Profile } from "../audit/profiles.js";
import { parseFile, type ParseOptions } from "../pipeline.js";
import type { InputKind } from "../schema/index.js";
import { writeFileAtomic } from "./atomic-write.js";
import { documentFileName, summarise, type IndexEntry } from "./index-file.js";

export interface ParseTask {
  path: string;
  outDir: string;
  input?: InputKind;
  password?: string;
  /** A profile name or file, loaded here (a Profile need not survive structured cloning). */
  profile?: string;
  timeoutMs: number;
  /** Told when this thread starts the task, which starts the time limit. */
  started?: MessagePort;
}

const profiles = new Map<string, Profile>();

export default async function parseTask(task: ParseTask): Promise<IndexEntry> {
  const started = performance.now();
  task.started?.postMessage("started");
  task.started?.close();
  const options: ParseOptions = { limits: { timeoutMs: task.timeoutMs } };
  if (task.input) options.input = task.input;
  if (task.password) options.password = task.password;
  if (task.profile) {
    let p = profiles.get(task.profile);
    if (!p) profiles.set(task.profile, (p = loadProfile(task.profile)));
    options.profile = p;
  }
  const doc = await parseFile(task.path, options);
  await writeFileAtomic(task.outDir, documentFileName(doc.source.sha256), JSON.stringify(doc, null, 2) + "\n");
  return summarise(doc, task.path, performance.now() - started);
}
