import posthog from "posthog-js";
import * as Sentry from "@sentry/react";

export const GA_MEASUREMENT_ID = "G-3ZSM9S71QU";

export function initAnalytics() {
  posthog.init("phc_Y6LBIXWP8G7kbt3diukurNCMUjb0luBsRTDv4bCTbHL", { api_host: "https://eu.i.posthog.com", person_profiles: "identified_only" });
  Sentry.init({
    dsn: "https://bf996f20669f3c241589014a7c2ceedd@o806886.ingest.sentry.io/2881267",
    tracesSampleRate: 0.1,
  });
}
