import { useEffect, useRef } from "react";

type Props = { embedCode: string; height?: number };

export function EmbedPreview({ embedCode, height = 320 }: Props) {
  const ref = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (ref.current) {
      ref.current.innerHTML = embedCode;
    }
  }, [embedCode]);

  return <div ref={ref} style={{ minHeight: height }} className="rounded border bg-white" />;
}
