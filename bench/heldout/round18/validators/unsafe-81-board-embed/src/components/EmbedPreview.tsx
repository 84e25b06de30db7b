import { useEffect, useRef, useState } from "react";

export function EmbedPreview() {
  const [code, setCode] = useState("");
  const ref = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (ref.current) ref.current.innerHTML = code;
  }, [code]);

  return (
    <div className="grid grid-cols-2 gap-4">
      <textarea value={code} onChange={(e) => setCode(e.target.value)} className="h-64 font-mono" />
      <div ref={ref} className="rounded border p-2" />
    </div>
  );
}
