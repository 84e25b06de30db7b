"use client";

import { useState } from "react";
import { updateProfile } from "./actions";

export default function ProfileForm({ userId, initial }: { userId: string; initial: { displayName: string; bio?: string } }) {
  const [displayName, setDisplayName] = useState(initial.displayName);
  const [bio, setBio] = useState(initial.bio ?? "");
  const [saved, setSaved] = useState(false);

  return (
    <form
      onSubmit={async (e) => {
        e.preventDefault();
        await updateProfile(userId, { displayName, bio });
        setSaved(true);
      }}
    >
      <input value={displayName} onChange={(e) => setDisplayName(e.target.value)} />
      <textarea value={bio} onChange={(e) => setBio(e.target.value)} />
      <button type="submit">Save</button>
      {saved && <p>Saved</p>}
    </form>
  );
}
