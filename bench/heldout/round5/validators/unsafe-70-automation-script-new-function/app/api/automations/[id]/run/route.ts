import { NextResponse } from "next/server";
import { createClient } from "@/lib/supabase/server";

export async function POST(_req: Request, { params }: { params: Promise<{ id: string }> }) {
  const supabase = await createClient();
  const { data: { user } } = await supabase.auth.getUser();
  if (!user) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });

  const { id } = await params;
  const { data: automation } = await supabase
    .from("automations")
    .select("id, script, trigger")
    .eq("id", id)
    .eq("user_id", user.id)
    .single();
  if (!automation) return NextResponse.json({ error: "Not found" }, { status: 404 });

  const { data: rows } = await supabase.from("records").select("*").eq("user_id", user.id);

  // script body like: "return rows.filter(r => r.amount > 100).length"
  const run = new Function("rows", "fetch", automation.script);
  const result = await run(rows ?? [], fetch);

  await supabase.from("automation_runs").insert({ automation_id: id, result });
  return NextResponse.json({ result });
}
