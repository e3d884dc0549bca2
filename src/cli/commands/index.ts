import type { Command } from "../command.js";
import { auditCommand } from "./audit.js";
import { enqueueCommand } from "./enqueue.js";
import { exportCommand } from "./export.js";
import { importCommand } from "./import.js";
import { parseCommand } from "./parse.js";
import { queryCommand } from "./query.js";
import { reportCommand } from "./report.js";
import { schemaCommand } from "./schema.js";
import { serveCommand } from "./serve.js";
import { workerCommand } from "./worker.js";

/** Every subcommand, in the order `--help` lists them. Add a command by adding it here. */
export const commands: Command[] = [parseCommand, auditCommand, schemaCommand, reportCommand, importCommand, exportCommand, queryCommand, serveCommand, enqueueCommand, workerCommand];
