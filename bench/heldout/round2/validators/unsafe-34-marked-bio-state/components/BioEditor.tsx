"use client";

import { useState } from "react";
import { marked } from "marked";
import { createClient } from "@/lib/supabase/client";

export default function BioEditor({ initialBio, userId }: { initialBio: string; userId: string }) {
  const supabase = createClient();
  const [bio, setBio] = useState(initialBio);
  const [saving, setSaving] = useState(false);

  async function save() {
    setSaving(true);
    await supabase.from("profiles").update({ bio }).eq("id", userId);
    setSaving(false);
  }

  return (
    <div className="grid gap-4 md:grid-cols-2">
      <textarea value={bio} onChange={(e) => setBio(e.target.value)} rows={10} className="rounded border p-2" />
      <div className="prose" dangerouslySetInnerHTML={{ __html: marked.parse(bio) as string }} />
      <button onClick={save} disabled={saving} className="rounded bg-black px-3 py-1 text-white">
        {saving ? "Saving…" : "Save"}
      </button>
    </div>
  );
}
