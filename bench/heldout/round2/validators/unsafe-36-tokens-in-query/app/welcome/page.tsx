"use client";

import { useEffect } from "react";
import { useSearchParams } from "next/navigation";

export default function Welcome() {
  const params = useSearchParams();

  useEffect(() => {
    const at = params.get("access_token");
    const rt = params.get("refresh_token");
    if (at && rt) {
      localStorage.setItem("companion_session", JSON.stringify({ at, rt }));
    }
  }, [params]);

  return <h1 className="p-8 text-2xl">You're all set 🎉 Open the app on your phone to continue.</h1>;
}
