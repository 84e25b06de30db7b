import { NextResponse } from "next/server";
import { exec } from "node:child_process";
import { promisify } from "node:util";
import { writeFile, readFile } from "node:fs/promises";
import path from "node:path";
import os from "node:os";

const run = promisify(exec);

export async function POST(req: Request) {
  const form = await req.formData();
  const file = form.get("file") as File;
  const width = form.get("width") ?? "256";

  const input = path.join(os.tmpdir(), file.name);
  const output = path.join(os.tmpdir(), `thumb-${file.name}`);
  await writeFile(input, Buffer.from(await file.arrayBuffer()));

  await run(`convert "${input}" -resize ${width}x "${output}"`);

  const bytes = await readFile(output);
  return new NextResponse(bytes, { headers: { "Content-Type": "image/png" } });
}
