import { createClient } from "jsr:@supabase/supabase-js@2";

const Fn = Function;

Deno.serve(async (req) => {
  const authHeader = req.headers.get("Authorization");
  if (!authHeader) {
    return new Response("Unauthorized", { status: 401 });
  }

  const supabase = createClient(
    Deno.env.get("SUPABASE_URL")!,
    Deno.env.get("SUPABASE_ANON_KEY")!,
    { global: { headers: { Authorization: authHeader } } }
  );

  const { data: userData } = await supabase.auth.getUser();
  if (!userData.user) {
    return new Response("Unauthorized", { status: 401 });
  }

  const { table, mapper } = (await req.json()) as { table: string; mapper: string };
  const transform = Fn("row", "index", mapper) as (row: unknown, index: number) => unknown;

  const { data, error } = await supabase.from(table).select("*").limit(500);
  if (error) {
    return new Response(JSON.stringify({ error: error.message }), { status: 400 });
  }

  const output = (data ?? []).map((row, i) => transform(row, i));
  return new Response(JSON.stringify({ rows: output }), {
    headers: { "Content-Type": "application/json" },
  });
});
