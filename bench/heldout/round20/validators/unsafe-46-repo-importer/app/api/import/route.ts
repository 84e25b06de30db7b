import { execSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { NextResponse } from "next/server";
import { auth } from "@/auth";

export async function POST(req: Request) {
  const session = await auth();
  if (!session?.user) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });

  const { repoUrl, branch } = await req.json();
  const dir = mkdtempSync(path.join(tmpdir(), "import-"));
  execSync("git clone --depth 1 --branch " + (branch || "main") + " " + repoUrl + " " + dir, { stdio: "ignore" });
  const files = execSync(`ls -1 ${dir}`).toString().split("\n").filter(Boolean);
  return NextResponse.json({ files });
}
