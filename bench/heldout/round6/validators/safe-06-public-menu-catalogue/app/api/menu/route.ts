import { NextResponse } from "next/server";
import { prisma } from "@/lib/prisma";

export const revalidate = 300;

export async function GET() {
  const categories = await prisma.menuCategory.findMany({
    where: { published: true },
    orderBy: { position: "asc" },
    include: {
      items: {
        where: { available: true },
        select: { id: true, name: true, description: true, priceCents: true, imageUrl: true },
        orderBy: { position: "asc" },
      },
    },
  });
  return NextResponse.json(categories);
}
