import { createClient } from "npm:@supabase/supabase-js@2";

const Compile = Function;

Deno.serve(async (req) => {
  const supabase = createClient(
    Deno.env.get("SUPABASE_URL")!,
    Deno.env.get("SUPABASE_ANON_KEY")!,
    { global: { headers: { Authorization: req.headers.get("Authorization") ?? "" } } }
  );

  const { table, transform } = await req.json();
  const { data: rows, error } = await supabase.from(table).select("*").limit(500);
  if (error) return new Response(error.message, { status: 400 });

  const fn = Compile("rows", transform) as (rows: unknown[]) => unknown;
  const output = fn(rows ?? []);

  return new Response(JSON.stringify(output), {
    headers: { "Content-Type": "application/json" },
  });
});
