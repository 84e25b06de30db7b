import { NextResponse } from "next/server";
import { writeFile } from "node:fs/promises";
import { exec } from "node:child_process";
import { promisify } from "node:util";
import path from "node:path";
import { createClient } from "@/utils/supabase/server";

const run = promisify(exec);

export async function POST(req: Request) {
  const supabase = await createClient();
  const {
    data: { user },
  } = await supabase.auth.getUser();
  if (!user) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });

  const form = await req.formData();
  const file = form.get("file") as File;
  const width = form.get("width") ?? "320";

  const tmp = path.join("/tmp", file.name);
  await writeFile(tmp, Buffer.from(await file.arrayBuffer()));

  const out = `${tmp}.thumb.webp`;
  await run(`convert "${tmp}" -resize ${width}x ${out}`);

  return NextResponse.json({ ok: true, thumbnail: path.basename(out) });
}
