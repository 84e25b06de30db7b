import { readFile } from "node:fs/promises";
import { cutClip } from "@/lib/media";
import { getEpisodeAudioPath } from "@/lib/episodes";
import { auth } from "@/auth";

export async function POST(req: Request, { params }: { params: { id: string } }) {
  const session = await auth();
  if (!session?.user) return new Response("Unauthorized", { status: 401 });

  const { start, duration, title } = await req.json();
  const source = await getEpisodeAudioPath(params.id);
  const file = cutClip(source, start, Number(duration), title);
  return new Response(await readFile(file), { headers: { "content-type": "audio/mpeg" } });
}
