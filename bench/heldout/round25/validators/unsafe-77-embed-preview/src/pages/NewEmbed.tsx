import { useState } from "react";
import { EmbedPreview } from "@/components/EmbedPreview";

export default function NewEmbed() {
  const [code, setCode] = useState("");
  return (
    <div className="grid grid-cols-2 gap-4">
      <textarea value={code} onChange={(e) => setCode(e.target.value)} rows={12} />
      <EmbedPreview html={code} />
    </div>
  );
}
