import postgres from "npm:postgres@3.4.4";

const sql = postgres(Deno.env.get("SUPABASE_DB_URL")!, { prepare: false });

Deno.serve(async (req) => {
  const { term, maxMinutes } = await req.json();
  const rows = await sql.unsafe(
    `select id, title, minutes from recipes
     where to_tsvector('english', title || ' ' || ingredients) @@ plainto_tsquery('english', '${term}')
     and minutes <= ${maxMinutes ?? 60}
     order by minutes limit 20`
  );
  return new Response(JSON.stringify(rows), {
    headers: { "Content-Type": "application/json" },
  });
});
