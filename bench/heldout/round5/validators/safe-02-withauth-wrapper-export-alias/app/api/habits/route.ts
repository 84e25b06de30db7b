import { NextResponse } from "next/server";
import { z } from "zod";
import { prisma } from "@/lib/prisma";
import { withAuth } from "@/lib/with-auth";

const createHabit = z.object({ name: z.string().min(1).max(60), color: z.string().optional() });

const list = withAuth(async (_req, { user }) => {
  const habits = await prisma.habit.findMany({ where: { userId: user.id }, orderBy: { createdAt: "asc" } });
  return NextResponse.json(habits);
});

const create = withAuth(async (req, { user }) => {
  const parsed = createHabit.safeParse(await req.json());
  if (!parsed.success) return NextResponse.json({ error: "Invalid habit" }, { status: 400 });
  const habit = await prisma.habit.create({ data: { ...parsed.data, userId: user.id } });
  return NextResponse.json(habit, { status: 201 });
});

export { list as GET, create as POST };
