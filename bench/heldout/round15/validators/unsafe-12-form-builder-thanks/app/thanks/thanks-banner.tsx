"use client";

import { useSearchParams } from "next/navigation";
import { useState } from "react";

export function ThanksBanner() {
  const searchParams = useSearchParams();
  const [message] = useState(
    () => searchParams.get("message") ?? "<strong>Thanks!</strong> Your response was recorded."
  );

  return (
    <div className="rounded-lg bg-green-50 p-4 text-green-900">
      <p dangerouslySetInnerHTML={{ __html: message }} />
    </div>
  );
}
