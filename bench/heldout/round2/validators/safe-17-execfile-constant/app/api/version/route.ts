import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { NextResponse } from "next/server";

const run = promisify(execFile);

export const dynamic = "force-static";

export async function GET() {
  let commit = process.env.VERCEL_GIT_COMMIT_SHA ?? "";
  if (!commit) {
    try {
      const { stdout } = await run("git", ["rev-parse", "--short", "HEAD"], { timeout: 2000 });
      commit = stdout.trim();
    } catch {
      commit = "unknown";
    }
  }
  return NextResponse.json({ version: process.env.npm_package_version ?? "0.0.0", commit });
}
