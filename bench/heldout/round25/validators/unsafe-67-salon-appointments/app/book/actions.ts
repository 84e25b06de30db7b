"use server";

import { redirect } from "next/navigation";
import { createClient } from "@/lib/supabase/server";

export async function book(formData: FormData) {
  const supabase = await createClient();
  const {
    data: { user },
  } = await supabase.auth.getUser();
  if (!user) redirect("/login?next=/book");

  await supabase.from("appointments").insert({
    customer_id: user.id,
    customer_phone: String(formData.get("phone")),
    stylist: String(formData.get("stylist")),
    starts_at: String(formData.get("starts_at")),
  });
  redirect("/book/thanks");
}
