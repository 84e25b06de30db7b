import { NextRequest } from "next/server";
import { createClient } from "@supabase/supabase-js";

export async function GET(req: NextRequest) {
  const token = req.nextUrl.searchParams.get("token");
  const boardId = req.nextUrl.searchParams.get("boardId");
  if (!token || !boardId) return new Response("Missing params", { status: 400 });

  const supabase = createClient(process.env.NEXT_PUBLIC_SUPABASE_URL!, process.env.NEXT_PUBLIC_SUPABASE_ANON_KEY!, {
    global: { headers: { Authorization: `Bearer ${token}` } },
  });
  const { data: cards } = await supabase.from("cards").select("title,column,due").eq("board_id", boardId);

  const csv = ["title,column,due", ...(cards ?? []).map((c) => `"${c.title}",${c.column},${c.due ?? ""}`)].join("\n");
  return new Response(csv, { headers: { "Content-Type": "text/csv", "Content-Disposition": "attachment; filename=board.csv" } });
}
