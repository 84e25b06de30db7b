import { NextResponse } from "next/server";
import { z } from "zod";
import { prisma } from "@/lib/prisma";

const ProjectInput = z.object({
  name: z.string().min(1).max(120),
  clientId: z.string().cuid(),
  budget: z.number().nonnegative().optional(),
  dueDate: z.coerce.date().optional(),
});

export async function GET() {
  const projects = await prisma.project.findMany({
    where: { archived: false },
    select: { id: true, name: true, dueDate: true },
    orderBy: { createdAt: "desc" },
  });
  return NextResponse.json(projects);
}

export async function POST(req: Request) {
  const parsed = ProjectInput.safeParse(await req.json());
  if (!parsed.success) {
    return NextResponse.json({ error: parsed.error.flatten() }, { status: 400 });
  }

  const project = await prisma.project.create({
    data: {
      name: parsed.data.name,
      clientId: parsed.data.clientId,
      budget: parsed.data.budget ?? 0,
      dueDate: parsed.data.dueDate,
    },
  });

  return NextResponse.json(project, { status: 201 });
}
