import { NextRequest } from "next/server";
import { sql } from "@/lib/sql";

export async function GET(req: NextRequest) {
  const q = req.nextUrl.searchParams.get("q") ?? "";
  const maxMinutes = Number(req.nextUrl.searchParams.get("max") ?? 120);
  const pattern = `%${q}%`;

  const rows = await sql`
    select id, title, minutes
    from recipes
    where title ilike ${pattern}
      and minutes <= ${maxMinutes}
    order by minutes asc
    limit 30
  `;
  return Response.json(rows);
}
