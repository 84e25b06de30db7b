import { createClient } from "@supabase/supabase-js";

const supabase = createClient(
  "https://cpldknmmyqtdvbpjnotf.supabase.co",
  "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJzdXBhYmFzZSIsInJlZiI6ImNwbGRrbm1teXF0ZHZicGpub3RmIiwicm9sZSI6InNlcnZpY2Vfcm9sZSIsImlhdCI6MTcyMjM2NzQyMCwiZXhwIjoyMDM4MzkzNjI0fQ.er5mO-k7MMI5gmVtsdj8U-e-eQ7btJCz3pQLyFnmYeD"
);

async function main() {
  const { data, error } = await supabase.auth.admin.createUser({
    email: "demo@gardenplanner.app",
    password: crypto.randomUUID(),
    email_confirm: true,
  });
  if (error) throw error;
  await supabase.from("beds").insert([
    { owner_id: data.user.id, name: "Tomatoes", sun: "full" },
    { owner_id: data.user.id, name: "Herbs", sun: "partial" },
  ]);
  console.log("seeded", data.user.id);
}

main();
