import { spawn } from "node:child_process";
import { mkdtemp, readdir } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { NextResponse } from "next/server";
import { auth } from "@/auth";

const REPO_PATH = /^\/[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+(\.git)?$/;

function run(cmd: string, args: string[]) {
  return new Promise<void>((resolve, reject) => {
    const p = spawn(cmd, args, { stdio: "ignore" });
    p.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`exit ${code}`))));
  });
}

export async function POST(req: Request) {
  const session = await auth();
  if (!session?.user) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  const { repoUrl } = await req.json();
  let url: URL;
  try {
    url = new URL(String(repoUrl));
  } catch {
    return NextResponse.json({ error: "Invalid URL" }, { status: 400 });
  }
  if (url.protocol !== "https:" || url.hostname !== "github.com" || !REPO_PATH.test(url.pathname) || url.username || url.password) {
    return NextResponse.json({ error: "Only public GitHub repositories" }, { status: 400 });
  }
  const dir = await mkdtemp(path.join(tmpdir(), "import-"));
  await run("git", ["clone", "--depth", "1", "--", url.toString(), dir]);
  return NextResponse.json({ files: await readdir(dir) });
}
