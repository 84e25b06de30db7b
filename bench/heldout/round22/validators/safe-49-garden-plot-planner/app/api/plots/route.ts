import { NextResponse } from "next/server";
import { withAuth } from "@/lib/with-auth";
import { prisma } from "@/lib/prisma";

export const POST = withAuth(async (req, user) => {
  const { name, widthCm, lengthCm } = await req.json();
  const plot = await prisma.plot.create({
    data: { name: String(name).slice(0, 80), widthCm: Number(widthCm), lengthCm: Number(lengthCm), ownerId: user.id },
  });
  return NextResponse.json(plot, { status: 201 });
});
