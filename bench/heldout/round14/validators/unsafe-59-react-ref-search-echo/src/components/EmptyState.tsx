import { useEffect, useRef } from "react";
import { useLocation } from "react-router-dom";

export function EmptyState() {
  const ref = useRef<HTMLParagraphElement>(null);
  const { search } = useLocation();

  useEffect(() => {
    const term = new URLSearchParams(search).get("q") ?? "";
    if (ref.current) {
      ref.current.innerHTML = `No results for <strong>${term}</strong>. Try another search.`;
    }
  }, [search]);

  return <p ref={ref} className="text-center text-gray-500" />;
}
