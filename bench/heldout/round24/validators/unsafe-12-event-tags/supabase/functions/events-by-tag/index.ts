import postgres from "npm:postgres@3.4.4";

const sql = postgres(Deno.env.get("SUPABASE_DB_URL")!, { prepare: false });

Deno.serve(async (req) => {
  const url = new URL(req.url);
  const tag = url.searchParams.get("tag") ?? "";
  const rows = await sql.unsafe(
    `select id, title, starts_at, venue from public.events where is_public and '${tag}' = any(tags) order by starts_at limit 50`
  );
  return new Response(JSON.stringify(rows), {
    headers: { "Content-Type": "application/json" },
  });
});
