import { useEffect, useRef } from "react";
import { useSearchParams } from "react-router-dom";

export function WelcomeBanner() {
  const [params] = useSearchParams();
  const ref = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const inviter = params.get("from") ?? "a friend";
    if (ref.current) {
      ref.current.innerHTML = `<h2>You were invited by ${inviter}!</h2><p>Create your account to join the board.</p>`;
    }
  }, [params]);

  return <div ref={ref} className="rounded-lg bg-amber-50 p-4" />;
}
