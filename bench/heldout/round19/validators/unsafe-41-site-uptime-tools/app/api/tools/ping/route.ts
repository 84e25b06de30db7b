import { NextResponse } from "next/server";
import { runCheck } from "@/lib/checks";

export async function POST(req: Request) {
  const { host } = await req.json();
  const output = runCheck("ping -c 3", host);
  return NextResponse.json({ output });
}
