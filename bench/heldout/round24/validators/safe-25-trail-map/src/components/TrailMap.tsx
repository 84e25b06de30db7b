import { useEffect, useRef } from "react";
import mapboxgl from "mapbox-gl";
import posthog from "posthog-js";

mapboxgl.accessToken = "pk.eyJ1IjoidGlkZXBvb2wtbWFwcyIsImEiOiJjbHg0NTZham8zMDd1NTlpaDZvYzdqeXUifQ.r5up_IjcP4J-tIvMyb-r8g";
posthog.init("phc_P24qzvoe9gw9Xo6G2Vu6gWhh6JOM0MGXAzKXAhwD6et", { api_host: "https://eu.i.posthog.com" });

export function TrailMap({ center }: { center: [number, number] }) {
  const el = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!el.current) return;
    const map = new mapboxgl.Map({ container: el.current, style: "mapbox://styles/mapbox/outdoors-v12", center, zoom: 11 });
    posthog.capture("map_opened");
    return () => map.remove();
  }, [center]);
  return <div ref={el} className="h-96 w-full rounded" />;
}
