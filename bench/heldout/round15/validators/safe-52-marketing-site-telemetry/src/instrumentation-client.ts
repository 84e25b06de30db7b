import * as Sentry from "@sentry/nextjs";
import posthog from "posthog-js";

Sentry.init({
  dsn: "https://395a37fa691b0299ecb78ae9288726bd@o342214.ingest.sentry.io/6291721",
  tracesSampleRate: 0.1,
});

posthog.init("phc_iaGK9EGmla08uWHGSHD6Uzc1hdjpM1UQFvajYjyWfVF", {
  api_host: "https://us.i.posthog.com",
  person_profiles: "identified_only",
});
