import { NextResponse } from "next/server";
import { prisma } from "@/lib/db";
import { z } from "zod";

const HabitInput = z.object({
  userId: z.string().uuid(),
  name: z.string().min(1).max(80),
  color: z.string().default("#22c55e"),
});

export async function POST(req: Request) {
  const body = HabitInput.parse(await req.json());
  const habit = await prisma.habit.create({ data: body });
  return NextResponse.json(habit, { status: 201 });
}

export async function DELETE(req: Request) {
  const { searchParams } = new URL(req.url);
  const id = searchParams.get("id");
  if (!id) return NextResponse.json({ error: "id required" }, { status: 400 });
  await prisma.habit.delete({ where: { id } });
  return new NextResponse(null, { status: 204 });
}
