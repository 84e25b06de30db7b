import postgres from "https://deno.land/x/postgresjs@v3.4.4/mod.js";

const sql = postgres(Deno.env.get("SUPABASE_DB_URL")!, { prepare: false });

Deno.serve(async (req) => {
  if (req.method !== "POST") {
    return new Response("Method not allowed", { status: 405 });
  }

  const { email } = await req.json();
  if (!email) {
    return Response.json({ error: "email is required" }, { status: 400 });
  }

  const rows = await sql.unsafe(
    "select id, full_name, membership_tier, joined_at from members where lower(email) = lower('" +
      email +
      "') limit 1"
  );

  if (rows.length === 0) {
    return Response.json({ found: false });
  }
  return Response.json({ found: true, member: rows[0] });
});
