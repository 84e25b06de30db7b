"use client";

import { useState } from "react";

export default function BioCard({ initialBio, editable }: { initialBio: string; editable: boolean }) {
  const [bio, setBio] = useState(initialBio);
  const [editing, setEditing] = useState(false);

  return (
    <section className="rounded-xl border p-4">
      {editing ? (
        <textarea className="w-full" value={bio} onChange={(e) => setBio(e.target.value)} />
      ) : (
        <div className="bio" dangerouslySetInnerHTML={{ __html: bio }} />
      )}
      {editable && (
        <button onClick={() => setEditing((v) => !v)}>{editing ? "Preview" : "Edit"}</button>
      )}
    </section>
  );
}
