import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { randomUUID } from "node:crypto";
import { NextResponse } from "next/server";
import { z } from "zod";
import { auth } from "@/auth";
import { episodePathFor } from "@/lib/episodes";

const run = promisify(execFile);
const Clip = z.object({
  episodeId: z.string().uuid(),
  start: z.number().min(0).max(36000),
  length: z.number().min(1).max(120),
});

export async function POST(req: Request) {
  const session = await auth();
  if (!session?.user?.id) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });

  const parsed = Clip.safeParse(await req.json());
  if (!parsed.success) return NextResponse.json({ error: "Invalid clip" }, { status: 400 });

  const input = await episodePathFor(parsed.data.episodeId, session.user.id);
  if (!input) return NextResponse.json({ error: "Not found" }, { status: 404 });

  const out = `/tmp/clip-${randomUUID()}.mp3`;
  await run("ffmpeg", ["-ss", String(parsed.data.start), "-t", String(parsed.data.length), "-i", input, "-y", out]);
  return NextResponse.json({ file: out });
}
