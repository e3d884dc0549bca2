/**
 * The piscina task: parse one file with the pipeline, write its Document atomically into the
 * output folder, and hand back only the index entry (the Document never crosses threads, so the
 * main thread holds no results).
 */
import type { MessagePort } from "node:worker_threads";
import { loadProfile, type Profile } from "../audit/profiles.js";
import { parseFile, type ParseOptions } from "../pipeline.js";
import type { Document, InputKind } from "../schema/index.js";
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

/** `jixiao parse --jobs`: one file parsed with the command's options; the Document comes back. */
export interface DocumentTask {
  path: string;
  /** The pipeline's options but the profile, which goes by name (loaded here, as for `ParseTask`). */
  options: Omit<ParseOptions, "profile" | "path">;
  profile?: string;
  /** The pool's backstop: past it the thread is terminated (a reader stuck in a pure-JS loop). */
  timeoutMs: number;
  started?: MessagePort;
}

const profiles = new Map<string, Profile>();

function profileNamed(name: string): Profile {
  let p = profiles.get(name);
  if (!p) profiles.set(name, (p = loadProfile(name)));
  return p;
}

function announce(port: MessagePort | undefined): void {
  port?.postMessage("started");
  port?.close();
}

export default async function parseTask(task: ParseTask): Promise<IndexEntry> {
  const started = performance.now();
  announce(task.started);
  const options: ParseOptions = { limits: { timeoutMs: task.timeoutMs } };
  if (task.input) options.input = task.input;
  if (task.password) options.password = task.password;
  if (task.profile) options.profile = profileNamed(task.profile);
  const doc = await parseFile(task.path, options);
  await writeFileAtomic(task.outDir, documentFileName(doc.source.sha256), JSON.stringify(doc, null, 2) + "\n");
  return summarise(doc, task.path, performance.now() - started);
}

export async function parseDocument(task: DocumentTask): Promise<Document> {
  announce(task.started);
  return parseFile(task.path, { ...task.options, ...(task.profile ? { profile: profileNamed(task.profile) } : {}) });
}

/** A no-op: its answer tells the caller this thread has loaded the pipeline. */
export function ready(): true {
  return true;
}
