import { NextResponse } from "next/server";
import { prisma } from "@/lib/prisma";
import { auth } from "@/auth";

export async function GET(req: Request) {
  const session = await auth();
  if (!session?.user?.id) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });

  const region = new URL(req.url).searchParams.get("region") ?? "";
  const wines = await prisma.$queryRaw`
    SELECT id, name, vintage, region, bottles
      FROM "Wine"
     WHERE "ownerId" = ${session.user.id}
       AND region ILIKE ${"%" + region + "%"}
     ORDER BY vintage DESC`;
  return NextResponse.json(wines);
}
