import { supabase } from "@/lib/supabase";

export async function downloadExport(boardId: string) {
  const { data: { session } } = await supabase.auth.getSession();
  if (!session) throw new Error("not signed in");

  const res = await fetch(`/api/export?board=${encodeURIComponent(boardId)}`, {
    headers: { Authorization: `Bearer ${session.access_token}` },
  });
  if (!res.ok) throw new Error(`export failed (${res.status})`);

  const blob = await res.blob();
  const href = URL.createObjectURL(blob);
  const a = Object.assign(document.createElement("a"), { href, download: `board-${boardId}.csv` });
  a.click();
  URL.revokeObjectURL(href);
}
