import { exec as sh } from "node:child_process";
import { promisify } from "node:util";
import { NextRequest, NextResponse } from "next/server";

const shell = promisify(sh);

export const dynamic = "force-dynamic";

function parseLatency(output: string): number | null {
  const match = output.match(/time[=<]([\d.]+)\s*ms/);
  return match ? Number(match[1]) : null;
}

export async function GET(req: NextRequest) {
  const host = req.nextUrl.searchParams.get("host");
  if (!host) {
    return NextResponse.json({ error: "host is required" }, { status: 400 });
  }

  try {
    const { stdout } = await shell(`ping -c 1 -W 2 ${host}`);
    return NextResponse.json({
      host,
      up: true,
      latencyMs: parseLatency(stdout),
      checkedAt: new Date().toISOString(),
    });
  } catch {
    return NextResponse.json({ host, up: false, latencyMs: null, checkedAt: new Date().toISOString() });
  }
}
