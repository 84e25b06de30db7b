import { NextResponse } from "next/server";
import { z } from "zod";
import { prisma } from "@/lib/prisma";

const ProjectInput = z.object({
  name: z.string().min(1).max(80),
  ownerId: z.string().uuid(),
  color: z.string().default("#6366f1"),
});

export async function POST(req: Request) {
  const json = await req.json();
  const parsed = ProjectInput.safeParse(json);
  if (!parsed.success) {
    return NextResponse.json({ error: parsed.error.flatten() }, { status: 400 });
  }
  const project = await prisma.project.create({ data: parsed.data });
  return NextResponse.json(project, { status: 201 });
}
