import { NextResponse } from "next/server";
import { z } from "zod";
import { prisma } from "@/lib/prisma";

const projectSchema = z.object({
  name: z.string().min(1).max(80),
  description: z.string().max(500).optional(),
  ownerId: z.string().cuid(),
  color: z.string().regex(/^#[0-9a-f]{6}$/i).default("#6366f1"),
});

export async function GET() {
  const projects = await prisma.project.findMany({
    where: { archived: false },
    orderBy: { createdAt: "desc" },
    take: 50,
  });
  return NextResponse.json(projects);
}

// Create a new kanban project
export async function POST(req: Request) {
  const json = await req.json();
  const parsed = projectSchema.safeParse(json);
  if (!parsed.success) {
    return NextResponse.json({ error: parsed.error.flatten() }, { status: 400 });
  }

  const project = await prisma.project.create({
    data: {
      ...parsed.data,
      columns: {
        create: [
          { title: "To do", position: 0 },
          { title: "Doing", position: 1 },
          { title: "Done", position: 2 },
        ],
      },
    },
  });

  return NextResponse.json(project, { status: 201 });
}
