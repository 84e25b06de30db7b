import { useEffect, useRef } from "react";

export function StatusBanner() {
  const ref = useRef<HTMLDivElement>(null);

  useEffect(() => {
    function onMessage(event: MessageEvent) {
      if (event.data?.type === "status" && ref.current) {
        ref.current.innerHTML = event.data.message;
      }
    }
    window.addEventListener("message", onMessage);
    return () => window.removeEventListener("message", onMessage);
  }, []);

  return <div ref={ref} className="banner" />;
}
