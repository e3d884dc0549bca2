import { z } from "zod";
import { Document } from "../../schema/index.js";
import type { Command } from "../command.js";

export const schemaCommand: Command = {
  name: "schema",
  usage: { zh: "jixiao schema                      输出 Document 的 JSON Schema", en: "jixiao schema                      print the JSON Schema of a Document" },
  options: {},
  async run({ io }) {
    io.out(JSON.stringify(z.toJSONSchema(Document, { target: "draft-2020-12" }), null, 2) + "\n");
    return 0;
  },
};
