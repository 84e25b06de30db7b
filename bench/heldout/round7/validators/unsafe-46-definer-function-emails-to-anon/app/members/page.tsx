import { createClient } from "@/lib/supabase/server";

export default async function MembersPage() {
  const supabase = await createClient();
  const { data: members } = await supabase.rpc("get_member_directory");
  return (
    <ul className="grid gap-2">
      {members?.map((m: { id: string; full_name: string }) => (
        <li key={m.id}>{m.full_name}</li>
      ))}
    </ul>
  );
}
