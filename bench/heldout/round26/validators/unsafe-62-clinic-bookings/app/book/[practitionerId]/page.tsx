import { createClient } from "@/lib/supabase/server";
import { SlotPicker } from "./SlotPicker";

export default async function BookPage({
  params,
}: {
  params: Promise<{ practitionerId: string }>;
}) {
  const { practitionerId } = await params;
  const supabase = await createClient();
  const { data: taken } = await supabase
    .from("appointments")
    .select("starts_at, ends_at")
    .eq("practitioner_id", practitionerId)
    .gte("starts_at", new Date().toISOString());

  return <SlotPicker practitionerId={practitionerId} taken={taken ?? []} />;
}
