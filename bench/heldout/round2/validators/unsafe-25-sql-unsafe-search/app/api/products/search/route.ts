import { NextRequest, NextResponse } from "next/server";
import sql from "@/lib/sql";

const SORTABLE = ["price", "name", "created_at"];

export async function GET(req: NextRequest) {
  const q = req.nextUrl.searchParams.get("q") ?? "";
  const category = req.nextUrl.searchParams.get("category");
  const sort = req.nextUrl.searchParams.get("sort") ?? "created_at";
  const orderBy = SORTABLE.includes(sort) ? sort : "created_at";

  let where = `where p.is_published = true and p.name ilike '%${q}%'`;
  if (category) where += ` and c.slug = '${category}'`;

  const rows = await sql.unsafe(`
    select p.id, p.name, p.price, p.image_url, c.name as category
    from products p
    left join categories c on c.id = p.category_id
    ${where}
    order by p.${orderBy} desc
    limit 48
  `);

  return NextResponse.json(rows);
}
