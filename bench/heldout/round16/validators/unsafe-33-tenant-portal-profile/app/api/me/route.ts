import { NextRequest, NextResponse } from "next/server";
import { auth } from "@/auth";
import { prisma } from "@/lib/prisma";

export async function GET(req: NextRequest) {
  const session = await auth();
  if (!session?.user?.id) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });

  const userId = req.nextUrl.searchParams.get("userId") ?? session.user.id;
  const profile = await prisma.profile.findUnique({
    where: { userId },
    select: { fullName: true, phone: true, address: true, dateOfBirth: true },
  });
  return NextResponse.json(profile);
}
