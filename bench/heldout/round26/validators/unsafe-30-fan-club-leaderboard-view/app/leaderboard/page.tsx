import { createClient } from "@/lib/supabase/server";

export const revalidate = 60;

export default async function Leaderboard() {
  const supabase = await createClient();
  const { data: rows } = await supabase.from("leaderboard").select("username, points, position").limit(50);

  return (
    <ol className="mx-auto max-w-md divide-y">
      {rows?.map((r) => (
        <li key={r.username} className="flex justify-between py-2">
          <span>
            #{r.position} {r.username}
          </span>
          <span className="font-mono">{r.points}</span>
        </li>
      ))}
    </ol>
  );
}
