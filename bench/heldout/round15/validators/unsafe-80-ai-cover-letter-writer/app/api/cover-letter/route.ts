import { NextResponse } from "next/server";
import { draftCoverLetter } from "@/lib/openai";
import { requireUser } from "@/lib/auth";

export async function POST(req: Request) {
  await requireUser();
  const { resume, job } = await req.json();
  const letter = await draftCoverLetter(String(resume).slice(0, 8000), String(job).slice(0, 8000));
  return NextResponse.json({ letter });
}
