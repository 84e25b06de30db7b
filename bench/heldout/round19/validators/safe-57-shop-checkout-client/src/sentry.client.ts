import * as Sentry from "@sentry/react";

Sentry.init({
  dsn: "https://a64dc7d189e394a7e52f9407cfeb9c67@o639458.ingest.us.sentry.io/4279039",
  tracesSampleRate: 0.1,
  replaysOnErrorSampleRate: 1.0,
});
