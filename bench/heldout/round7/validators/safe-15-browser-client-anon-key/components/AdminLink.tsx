"use client";

import { useEffect, useState } from "react";
import Link from "next/link";
import { createClient } from "@/lib/supabase/client";

// Shows the admin link only to admins; the admin pages re-check the role server-side.
// The service role key must never be used here: it would bypass row level security.
export function AdminLink() {
  const [isAdmin, setIsAdmin] = useState(false);

  useEffect(() => {
    const supabase = createClient();
    supabase.auth.getUser().then(async ({ data }) => {
      if (!data.user) return;
      const { data: profile } = await supabase
        .from("profiles")
        .select("role")
        .eq("id", data.user.id)
        .single();
      setIsAdmin(profile?.role === "admin");
    });
  }, []);

  if (!isAdmin) return null;
  return (
    <Link href="/admin" className="text-sm underline">
      Admin
    </Link>
  );
}
