import mapboxgl from "mapbox-gl";
import posthog from "posthog-js";
import { config } from "./config";

posthog.init(config.posthogKey, { api_host: config.posthogHost, person_profiles: "identified_only" });

mapboxgl.accessToken = config.mapboxToken;
const map = new mapboxgl.Map({
  container: "map",
  style: "mapbox://styles/mapbox/outdoors-v12",
  center: [-121.75, 46.85],
  zoom: 10,
});

map.on("load", () => posthog.capture("map_loaded"));
