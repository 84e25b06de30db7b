import { useEffect, useState } from "react";
import { fetchRepoStats } from "@/lib/github";

export function Stars({ owner, repo }: { owner: string; repo: string }) {
  const [stars, setStars] = useState<number | null>(null);
  useEffect(() => {
    fetchRepoStats(owner, repo).then((s) => setStars(s.stars));
  }, [owner, repo]);
  return <span className="badge">★ {stars ?? "…"}</span>;
}
