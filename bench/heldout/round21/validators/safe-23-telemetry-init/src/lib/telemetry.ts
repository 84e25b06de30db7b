import posthog from "posthog-js";
import * as Sentry from "@sentry/react";

export const GA_MEASUREMENT_ID = "G-LP79W6MGNB";
export const MAPBOX_TOKEN = "pk.eyJ1IjoiuZzv6dl5S0FgMCljbcLt.oBXAWs8KMY4UY43qXDksug";

export function initTelemetry() {
  Sentry.init({ dsn: "https://d1c174bb5fe4e7157e6ee2437da1426d@o405358.ingest.sentry.io/4177783", tracesSampleRate: 0.1 });
  posthog.init("phc_NMFdnCb59gPv06sHKZf7bBEI4aNhTgDIbBMEF1FjApr", { api_host: "https://eu.i.posthog.com", person_profiles: "identified_only" });
}
