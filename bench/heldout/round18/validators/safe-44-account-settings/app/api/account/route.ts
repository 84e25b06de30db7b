import { NextResponse } from "next/server";
import { createClient } from "@/lib/supabase/server";
import { createAdminClient } from "@/lib/supabase/admin";

export async function DELETE() {
  const supabase = await createClient();
  const {
    data: { user },
    error,
  } = await supabase.auth.getUser();
  if (error || !user) return NextResponse.json({ error: "Not signed in" }, { status: 401 });

  const admin = createAdminClient();
  const { error: delError } = await admin.auth.admin.deleteUser(user.id);
  if (delError) return NextResponse.json({ error: "Could not delete account" }, { status: 500 });

  await supabase.auth.signOut();
  return NextResponse.json({ deleted: true });
}
