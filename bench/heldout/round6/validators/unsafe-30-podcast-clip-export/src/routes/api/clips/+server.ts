import { json, error } from "@sveltejs/kit";
import { spawn } from "node:child_process";
import { randomUUID } from "node:crypto";
import type { RequestHandler } from "./$types";

export const POST: RequestHandler = async ({ request, locals }) => {
  if (!locals.user) throw error(401, "Sign in first");
  const { audioUrl, start, end } = await request.json();
  const out = `/tmp/clip-${randomUUID()}.mp3`;

  await new Promise<void>((resolve, reject) => {
    const p = spawn("sh", ["-c", `ffmpeg -y -ss ${start} -to ${end} -i ${audioUrl} -c copy ${out}`]);
    p.on("exit", (code) => (code === 0 ? resolve() : reject(new Error("ffmpeg failed"))));
  });

  return json({ file: out });
};
