import { NextResponse, type NextRequest } from "next/server";
import { prisma } from "@/lib/prisma";

type ProductHit = { id: string; name: string; price: number; rank: number };

export async function GET(req: NextRequest) {
  const q = req.nextUrl.searchParams.get("q")?.trim() ?? "";
  const category = req.nextUrl.searchParams.get("category");
  if (q.length < 2) return NextResponse.json([]);

  const categoryFilter = category ? `AND "categoryId" = '${category}'` : "";
  const hits = await prisma.$queryRawUnsafe<ProductHit[]>(`
    SELECT id, name, price, similarity(name, '${q}') AS rank
    FROM "Product"
    WHERE name ILIKE '%${q}%' ${categoryFilter}
    ORDER BY rank DESC
    LIMIT 20
  `);

  return NextResponse.json(hits);
}
