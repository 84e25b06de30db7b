import { NextResponse } from "next/server";
import { exec } from "node:child_process";
import { promisify } from "node:util";

const run = promisify(exec);

export const runtime = "nodejs";
export const dynamic = "force-static";

export async function GET() {
  try {
    const { stdout } = await run("git rev-parse --short HEAD");
    return NextResponse.json({ commit: stdout.trim(), version: process.env.npm_package_version });
  } catch {
    return NextResponse.json({ commit: "unknown" });
  }
}
