import { useEffect, useState } from "react";

const TRUSTED_ORIGIN = "https://status.example.com";

export function StatusBanner() {
  const [message, setMessage] = useState("");

  useEffect(() => {
    function onMessage(event: MessageEvent) {
      if (event.origin !== TRUSTED_ORIGIN) return;
      if (event.data?.type === "status" && typeof event.data.message === "string") {
        setMessage(event.data.message);
      }
    }
    window.addEventListener("message", onMessage);
    return () => window.removeEventListener("message", onMessage);
  }, []);

  return <div className="banner">{message}</div>;
}
