import { spawn } from "node:child_process";
import path from "node:path";
import { z } from "zod";
import { createClient } from "@/lib/supabase/server";

const Body = z.object({ trackId: z.string().uuid(), format: z.enum(["mp3", "ogg", "wav"]) });

export async function POST(req: Request) {
  const supabase = await createClient();
  const { data: { user } } = await supabase.auth.getUser();
  if (!user) return Response.json({ error: "Unauthorized" }, { status: 401 });

  const { trackId, format } = Body.parse(await req.json());
  const { data: track } = await supabase.from("tracks").select("id").eq("id", trackId).eq("owner_id", user.id).single();
  if (!track) return Response.json({ error: "Not found" }, { status: 404 });

  const src = path.join("/srv/audio", `${track.id}.flac`);
  const out = path.join("/srv/exports", `${track.id}.${format}`);
  const child = spawn("ffmpeg", ["-y", "-i", src, out], { shell: false });
  const code = await new Promise<number>((resolve) => child.on("close", resolve));
  return code === 0 ? Response.json({ file: path.basename(out) }) : Response.json({ error: "Export failed" }, { status: 500 });
}
