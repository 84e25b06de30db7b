import { exec } from "node:child_process";
import { promisify } from "node:util";
import { NextRequest, NextResponse } from "next/server";
import { auth } from "@/auth";

const run = promisify(exec);

export async function POST(req: NextRequest) {
  const session = await auth();
  if (!session?.user) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });

  const { file, width } = await req.json();
  const out = `/tmp/resized-${Date.now()}.png`;
  await run(`convert uploads/${file} -resize ${width}x ${out}`);
  return NextResponse.json({ output: out });
}
