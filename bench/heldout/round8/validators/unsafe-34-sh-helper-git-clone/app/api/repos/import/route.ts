import { NextResponse } from "next/server";
import { auth } from "@clerk/nextjs/server";
import { sh } from "@/lib/sh";

export async function POST(req: Request) {
  const { userId } = await auth();
  if (!userId) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });

  const { repoUrl, name } = (await req.json()) as { repoUrl: string; name: string };
  const dest = `/tmp/imports/${userId}/${name}`;

  sh(`git clone --depth 1 ${repoUrl} ${dest}`);
  const files = sh(`git ls-files | wc -l`, dest);

  return NextResponse.json({ imported: name, files: Number(files) });
}
