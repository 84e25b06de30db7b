import { execFile } from "node:child_process";
import { promisify } from "node:util";
import path from "node:path";
import { z } from "zod";
import { NextResponse } from "next/server";
import { requireUser } from "@/lib/auth";

const run = promisify(execFile);

const Clip = z.object({
  episodeId: z.string().uuid(),
  start: z.number().min(0).max(4 * 3600),
  duration: z.number().min(1).max(120),
});

export async function POST(req: Request) {
  const user = await requireUser();
  const { episodeId, start, duration } = Clip.parse(await req.json());

  const input = path.join("/data/episodes", `${episodeId}.mp3`);
  const output = path.join("/data/clips", `${user.id}-${episodeId}-${Math.round(start)}.mp3`);

  await run("ffmpeg", ["-y", "-ss", String(start), "-t", String(duration), "-i", input, "-c", "copy", output]);

  return NextResponse.json({ url: `/clips/${path.basename(output)}` });
}
