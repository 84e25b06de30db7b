import { marked } from "marked";
import { useEffect, useState } from "react";

export function Bio({ username }: { username: string }) {
  const [bio, setBio] = useState("");

  useEffect(() => {
    fetch(`/api/members/${encodeURIComponent(username)}`)
      .then((res) => res.json())
      .then((m) => setBio(m.bio_markdown ?? ""));
  }, [username]);

  return <section className="prose" dangerouslySetInnerHTML={{ __html: marked.parse(bio) as string }} />;
}
