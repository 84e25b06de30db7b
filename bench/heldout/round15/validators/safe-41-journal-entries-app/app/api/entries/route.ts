import { NextResponse } from "next/server";
import { z } from "zod";
import { prisma } from "@/lib/prisma";
import { requireUser } from "@/lib/auth";

const Entry = z.object({ mood: z.number().int().min(1).max(5), text: z.string().max(5000) });

export async function POST(req: Request) {
  const user = await requireUser();
  const input = Entry.parse(await req.json());
  const entry = await prisma.journalEntry.create({
    data: { mood: input.mood, text: input.text, userId: user.id },
  });
  return NextResponse.json(entry, { status: 201 });
}
