"use client";

import { useState } from "react";

export function BioForm({ defaultBio }: { defaultBio: string }) {
  const [bio, setBio] = useState(defaultBio);

  return (
    <form action="/api/profile" method="post" className="space-y-4">
      <textarea name="bio" value={bio} onChange={(e) => setBio(e.target.value)} rows={5} />
      <p className="text-xs text-gray-500">You can use basic HTML like &lt;b&gt; and &lt;a&gt;.</p>
      <section className="rounded border p-4">
        <h3 className="font-semibold">Preview</h3>
        <div dangerouslySetInnerHTML={{ __html: bio }} />
      </section>
      <button type="submit">Save</button>
    </form>
  );
}
