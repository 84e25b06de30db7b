import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { randomUUID } from "node:crypto";
import { writeFile, readFile, rm } from "node:fs/promises";
import path from "node:path";
import os from "node:os";

const run = promisify(execFile);

export async function htmlToPdf(html: string): Promise<Buffer> {
  const id = randomUUID();
  const input = path.join(os.tmpdir(), `${id}.html`);
  const output = path.join(os.tmpdir(), `${id}.pdf`);
  await writeFile(input, html, "utf8");
  try {
    await run("wkhtmltopdf", ["--quiet", "--page-size", "A4", input, output], { timeout: 20_000 });
    return await readFile(output);
  } finally {
    await rm(input, { force: true });
    await rm(output, { force: true });
  }
}
