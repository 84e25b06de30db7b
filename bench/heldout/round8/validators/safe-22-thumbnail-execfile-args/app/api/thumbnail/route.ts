import { NextResponse } from "next/server";
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { randomUUID } from "node:crypto";
import { readFile, writeFile, rm } from "node:fs/promises";
import path from "node:path";
import os from "node:os";

const run = promisify(execFile);

export async function POST(req: Request) {
  const form = await req.formData();
  const file = form.get("file");
  if (!(file instanceof File) || !file.type.startsWith("image/")) {
    return NextResponse.json({ error: "Expected an image" }, { status: 400 });
  }
  const width = Number.parseInt(String(form.get("width") ?? "256"), 10);
  if (!Number.isInteger(width) || width < 16 || width > 2048) {
    return NextResponse.json({ error: "Bad width" }, { status: 400 });
  }

  const id = randomUUID();
  const input = path.join(os.tmpdir(), `${id}-in`);
  const output = path.join(os.tmpdir(), `${id}-out.png`);
  await writeFile(input, Buffer.from(await file.arrayBuffer()));
  try {
    await run("convert", [input, "-resize", `${width}x`, output]);
    const bytes = await readFile(output);
    return new NextResponse(bytes, { headers: { "Content-Type": "image/png" } });
  } finally {
    await rm(input, { force: true });
    await rm(output, { force: true });
  }
}
