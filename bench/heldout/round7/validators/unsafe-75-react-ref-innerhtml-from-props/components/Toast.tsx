"use client";

import { useEffect, useRef } from "react";

export function Toast({ message, onClose }: { message: string; onClose: () => void }) {
  const ref = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (ref.current) {
      ref.current.innerHTML = message;
    }
    const t = setTimeout(onClose, 4000);
    return () => clearTimeout(t);
  }, [message, onClose]);

  return <div ref={ref} role="alert" className="fixed bottom-4 right-4 rounded bg-black px-4 py-2 text-white" />;
}
