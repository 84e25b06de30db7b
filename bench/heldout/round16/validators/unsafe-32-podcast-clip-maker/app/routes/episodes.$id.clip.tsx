import { spawn } from "node:child_process";
import { json, type ActionFunctionArgs } from "@remix-run/node";
import { requireUserId } from "~/session.server";
import { getEpisodeFile } from "~/models/episode.server";

export async function action({ request, params }: ActionFunctionArgs) {
  const userId = await requireUserId(request);
  const form = await request.formData();
  const start = String(form.get("start") ?? "0");
  const length = String(form.get("length") ?? "30");
  const file = await getEpisodeFile(params.id!, userId);
  const out = `/tmp/clip-${Date.now()}.mp3`;

  await new Promise<void>((resolve, reject) => {
    const p = spawn("sh", ["-c", `ffmpeg -ss ${start} -t ${length} -i ${file} -acodec copy ${out}`]);
    p.on("exit", (code) => (code === 0 ? resolve() : reject(new Error("ffmpeg failed"))));
  });
  return json({ clip: out });
}
