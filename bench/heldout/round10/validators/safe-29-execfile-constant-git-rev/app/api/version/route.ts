import { NextResponse } from "next/server";
import { execFileSync } from "node:child_process";

export const dynamic = "force-static";

function gitInfo() {
  try {
    const sha = execFileSync("git", ["rev-parse", "--short", "HEAD"], { encoding: "utf8" }).trim();
    const date = execFileSync("git", ["log", "-1", "--format=%cI"], { encoding: "utf8" }).trim();
    return { sha, date };
  } catch {
    return { sha: process.env.VERCEL_GIT_COMMIT_SHA?.slice(0, 7) ?? "unknown", date: null };
  }
}

const info = gitInfo();

export async function GET() {
  return NextResponse.json({
    name: "status-page",
    version: process.env.npm_package_version ?? "0.0.0",
    commit: info.sha,
    builtAt: info.date,
  });
}
