import { getDb } from "@/lib/db";

export const dynamic = "force-dynamic";

export const GET = async () => {
  const db = getDb();
  const { data, error } = await db
    .from("profiles")
    .select("*")
    .order("points", { ascending: false })
    .limit(50);

  if (error) return Response.json({ error: error.message }, { status: 500 });
  return Response.json({ leaders: data });
};
