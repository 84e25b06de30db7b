import { createClient } from "@supabase/supabase-js";
import { NextRequest } from "next/server";

const ENV_PREFIX = "SUPABASE";

function serverKey(kind: "ANON" | "SERVICE_ROLE") {
  const name = [ENV_PREFIX, kind, "KEY"].join("_");
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set`);
  return value;
}

const client = createClient(process.env.NEXT_PUBLIC_SUPABASE_URL!, serverKey("SERVICE_ROLE"));

export async function GET(req: NextRequest) {
  const q = req.nextUrl.searchParams.get("q")?.trim() ?? "";
  if (q.length < 2) {
    return Response.json({ results: [] });
  }

  const { data, error } = await client
    .from("profiles")
    .select("id, full_name, email, phone, avatar_url")
    .ilike("full_name", `%${q}%`)
    .limit(20);

  if (error) {
    return Response.json({ error: "Search failed" }, { status: 500 });
  }

  return Response.json({ results: data });
}
