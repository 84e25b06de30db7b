import { NextResponse } from "next/server";
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { auth } from "@/auth";
import { prisma } from "@/lib/prisma";

const run = promisify(execFile);
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const TIME = /^\d{2}:\d{2}:\d{2}$/;

export async function POST(req: Request) {
  const session = await auth();
  if (!session?.user?.id) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });

  const { uploadId, at } = await req.json();
  if (!UUID.test(String(uploadId)) || !TIME.test(String(at))) {
    return NextResponse.json({ error: "Bad request" }, { status: 400 });
  }
  const upload = await prisma.upload.findFirst({ where: { id: uploadId, ownerId: session.user.id } });
  if (!upload) return NextResponse.json({ error: "Not found" }, { status: 404 });

  const input = path.join("/var/app/uploads", upload.id);
  const output = `${input}.jpg`;
  await run("ffmpeg", ["-y", "-ss", at, "-i", input, "-frames:v", "1", output]);
  return new NextResponse(await readFile(output), { headers: { "Content-Type": "image/jpeg" } });
}
