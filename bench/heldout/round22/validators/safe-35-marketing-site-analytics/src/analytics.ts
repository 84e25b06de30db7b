import posthog from "posthog-js";

export function initAnalytics() {
  posthog.init("phc_J724rzIB2vXlPgdCOS1sY2YoMXOBIu5Wipzb9qNt4uP", {
    api_host: "https://eu.i.posthog.com",
    person_profiles: "identified_only",
  });

  const script = document.createElement("script");
  script.async = true;
  script.src = "https://www.googletagmanager.com/gtag/js?id=G-EQG0AX15NO";
  document.head.appendChild(script);
}

export const MAPBOX_TOKEN = "pk.eyJ1IjoiqDrOifHj6L6rru5qqOWc.Xdyb7GjL2Oygw4nZSy6CcX";
