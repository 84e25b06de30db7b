import { NextResponse } from "next/server";
import { z } from "zod";
import { prisma } from "@/lib/prisma";
import { requireUser } from "@/lib/auth";

const HabitInput = z.object({
  name: z.string().min(1).max(80),
  targetPerWeek: z.number().int().min(1).max(7),
});

export async function POST(req: Request) {
  const user = await requireUser();
  if (!user) {
    return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  }

  const parsed = HabitInput.safeParse(await req.json());
  if (!parsed.success) {
    return NextResponse.json({ error: "Invalid habit" }, { status: 400 });
  }

  const habit = await prisma.habit.create({
    data: { ...parsed.data, userId: user.id },
  });
  return NextResponse.json(habit, { status: 201 });
}
