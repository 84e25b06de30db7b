"use client";

import { useState } from "react";

export function CommentBox({ onSubmit }: { onSubmit: (text: string) => Promise<void> }) {
  const [draft, setDraft] = useState("");
  const [showPreview, setShowPreview] = useState(false);

  return (
    <div className="space-y-2">
      <textarea value={draft} onChange={(e) => setDraft(e.target.value)} rows={4} className="w-full" />
      <div className="flex gap-2">
        <button type="button" onClick={() => setShowPreview((v) => !v)}>
          {showPreview ? "Edit" : "Preview"}
        </button>
        <button type="button" onClick={() => onSubmit(draft).then(() => setDraft(""))}>
          Post
        </button>
      </div>
      {showPreview && <div className="rounded bg-muted p-3" dangerouslySetInnerHTML={{ __html: draft }} />}
    </div>
  );
}
