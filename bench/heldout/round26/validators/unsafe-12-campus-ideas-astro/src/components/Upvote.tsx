import { useState } from "react";
import { supabase } from "../lib/supabase";

export default function Upvote({ ideaId, initial }: { ideaId: string; initial: number }) {
  const [votes, setVotes] = useState(initial);
  const [busy, setBusy] = useState(false);

  async function vote() {
    setBusy(true);
    const { data } = await supabase.rpc("increment_votes", { idea_id: ideaId });
    setVotes(typeof data === "number" ? data : votes + 1);
    setBusy(false);
  }

  return (
    <button onClick={vote} disabled={busy} className="upvote">
      ▲ {votes}
    </button>
  );
}
