import { NextResponse } from "next/server";
import { prisma } from "@/lib/db";
import { createClient } from "@/lib/supabase/server";

export async function POST(req: Request) {
  const supabase = await createClient();
  const { data: { user } } = await supabase.auth.getUser();
  if (!user) {
    return NextResponse.json({ error: "Not signed in" }, { status: 401 });
  }

  const { habitId } = await req.json();
  const habit = await prisma.habit.findFirst({ where: { id: String(habitId), userId: user.id } });
  if (!habit) return NextResponse.json({ error: "Not found" }, { status: 404 });

  const checkin = await prisma.checkin.create({
    data: { habitId: habit.id, userId: user.id, day: new Date().toISOString().slice(0, 10) },
  });
  return NextResponse.json(checkin, { status: 201 });
}
