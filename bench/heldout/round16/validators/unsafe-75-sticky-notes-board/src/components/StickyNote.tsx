import { useEffect, useRef } from "react";

type Props = { note: { id: string; content: string; color: string } };

export function StickyNote({ note }: Props) {
  const bodyRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (bodyRef.current) {
      bodyRef.current.innerHTML = note.content;
    }
  }, [note.content]);

  return (
    <div className="sticky-note" style={{ background: note.color }}>
      <div ref={bodyRef} />
    </div>
  );
}
