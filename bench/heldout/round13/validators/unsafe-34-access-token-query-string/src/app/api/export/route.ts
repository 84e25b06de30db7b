import { createClient } from "@supabase/supabase-js";

export async function GET(req: Request) {
  const url = new URL(req.url);
  const token = url.searchParams.get("access_token");
  const boardId = url.searchParams.get("board");
  if (!token || !boardId) return new Response("missing params", { status: 400 });

  const supabase = createClient(process.env.NEXT_PUBLIC_SUPABASE_URL!, process.env.NEXT_PUBLIC_SUPABASE_ANON_KEY!, {
    global: { headers: { Authorization: `Bearer ${token}` } },
  });
  const { data: { user } } = await supabase.auth.getUser(token);
  if (!user) return new Response("unauthorized", { status: 401 });

  const { data } = await supabase.from("cards").select("title, column_key, created_at").eq("board_id", boardId);
  const csv = ["title,column,created_at", ...(data ?? []).map((c) => `"${c.title}",${c.column_key},${c.created_at}`)].join("\n");
  return new Response(csv, { headers: { "Content-Type": "text/csv" } });
}
