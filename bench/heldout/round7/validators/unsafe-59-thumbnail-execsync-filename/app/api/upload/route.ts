import { NextResponse } from "next/server";
import { execSync } from "node:child_process";
import { writeFile, readFile, mkdir } from "node:fs/promises";
import path from "node:path";
import { createClient } from "@/lib/supabase/server";

export const runtime = "nodejs";

export async function POST(req: Request) {
  const supabase = await createClient();
  const { data: { user } } = await supabase.auth.getUser();
  if (!user) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });

  const form = await req.formData();
  const file = form.get("file") as File;
  const dir = path.join("/tmp", user.id);
  await mkdir(dir, { recursive: true });
  const input = path.join(dir, file.name);
  await writeFile(input, Buffer.from(await file.arrayBuffer()));

  const output = `${input}.thumb.webp`;
  execSync(`convert "${input}" -resize 320x320^ -gravity center -extent 320x320 "${output}"`);

  const thumb = await readFile(output);
  const { data, error } = await supabase.storage
    .from("thumbnails")
    .upload(`${user.id}/${Date.now()}.webp`, thumb, { contentType: "image/webp" });
  if (error) return NextResponse.json({ error: "Upload failed" }, { status: 500 });
  return NextResponse.json({ path: data.path });
}
