import { NextRequest, NextResponse } from "next/server";
import { getServerSession } from "next-auth";
import { authOptions } from "@/lib/auth";
import { prisma } from "@/lib/prisma";

export async function GET(req: NextRequest) {
  const session = await getServerSession(authOptions);
  if (!session?.user?.id) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });

  const tag = req.nextUrl.searchParams.get("tag") ?? "";
  const dir = req.nextUrl.searchParams.get("dir") ?? "asc";

  const contacts = await prisma.$queryRawUnsafe<{ name: string; email: string }[]>(
    "SELECT name, email, company FROM \"Contact\" WHERE \"ownerId\" = $1 AND '" +
      tag +
      "' = ANY(tags) ORDER BY name " +
      dir,
    session.user.id,
  );

  const csv = ["name,email", ...contacts.map((c) => `${c.name},${c.email}`)].join("\n");
  return new NextResponse(csv, { headers: { "Content-Type": "text/csv" } });
}
