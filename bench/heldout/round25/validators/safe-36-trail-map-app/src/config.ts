export const config = {
  mapboxToken: "pk.eyJ1IjoinNL6xa1jYps79XpOKxw6.4TRhCqBsdkkOWC0IvYbY1x",
  posthogKey: "phc_bfAN3RSfwZIOUjzOyJsN1IOP92NensjzyLkVjFRHdEb",
  posthogHost: "https://us.i.posthog.com",
  gaMeasurementId: "G-W2NKU6I7KU",
};
