import posthog from "posthog-js";

posthog.init("phc_0gpWv78pvcgc6cIcbonlfN0wvUyT1XaYUBoXMdetlbU", {
  api_host: "https://eu.i.posthog.com",
  person_profiles: "identified_only",
});
