import { createClient } from "@supabase/supabase-js";

const SUPABASE_URL = "https://cdjkuerkbfqwpuwhvizd.supabase.co";
const SERVICE_ROLE_KEY =
  "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJzdXBhYmFzZSIsInJlZiI6ImNkamt1ZXJrYmZxd3B1d2h2aXpkIiwicm9sZSI6InNlcnZpY2Vfcm9sZSIsImlhdCI6MTcxODAwMDAwMCwiZXhwIjoyMDMzNTc2MDAwfQ.U75kWKaQSKgD8SSwV1GmcKHtsqkvXvjTb_kDCi1c2qR";

const supabase = createClient(SUPABASE_URL, SERVICE_ROLE_KEY, {
  auth: { persistSession: false },
});

function slugify(input: string) {
  return input
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/(^-|-$)/g, "");
}

async function run() {
  const { data: rows, error } = await supabase.from("listings").select("id, title").is("slug", null);
  if (error) throw error;

  for (const row of rows ?? []) {
    const slug = `${slugify(row.title)}-${row.id.slice(0, 6)}`;
    const { error: updateError } = await supabase.from("listings").update({ slug }).eq("id", row.id);
    if (updateError) console.error(row.id, updateError.message);
  }
  console.log(`Backfilled ${rows?.length ?? 0} listings`);
}

run();
