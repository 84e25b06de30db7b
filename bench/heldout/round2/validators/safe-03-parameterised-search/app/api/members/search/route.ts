import { NextRequest, NextResponse } from "next/server";
import { pool } from "@/lib/pg";
import { createClient } from "@/utils/supabase/server";

const SORTS = { name: "m.full_name", joined: "m.joined_at" } as const;

export async function GET(req: NextRequest) {
  const supabase = await createClient();
  const {
    data: { user },
  } = await supabase.auth.getUser();
  if (!user) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });

  const q = req.nextUrl.searchParams.get("q") ?? "";
  const sortKey = req.nextUrl.searchParams.get("sort") as keyof typeof SORTS | null;
  const orderBy = SORTS[sortKey ?? "name"] ?? SORTS.name;

  const { rows } = await pool.query(
    `select m.id, m.full_name, m.joined_at
       from club_members m
       join clubs c on c.id = m.club_id
      where c.owner_id = $1
        and m.full_name ilike $2
      order by ${orderBy}
      limit 50`,
    [user.id, `%${q}%`]
  );

  return NextResponse.json(rows);
}
