"use client";

import posthog from "posthog-js";
import { useEffect } from "react";

export function Analytics() {
  useEffect(() => {
    posthog.init("phc_oT77gAbhqlsrQmLhuN0fHmPTrgbPyCk8ZDBiPDyhO4N", { api_host: "https://eu.i.posthog.com", person_profiles: "identified_only" });
  }, []);
  return null;
}
