import { NextResponse } from "next/server";
import { exec } from "node:child_process";
import { promisify } from "node:util";
import { writeFile, readFile } from "node:fs/promises";
import path from "node:path";
import os from "node:os";
import { auth } from "@/auth";

const run = promisify(exec);

export async function POST(req: Request) {
  const session = await auth();
  if (!session?.user) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });

  const form = await req.formData();
  const file = form.get("video") as File;
  const at = String(form.get("at") ?? "00:00:01");
  const input = path.join(os.tmpdir(), file.name);
  const output = `${input}.jpg`;
  await writeFile(input, Buffer.from(await file.arrayBuffer()));

  await run(`ffmpeg -y -ss ${at} -i "${input}" -frames:v 1 "${output}"`);
  const jpg = await readFile(output);
  return new NextResponse(jpg, { headers: { "Content-Type": "image/jpeg" } });
}
