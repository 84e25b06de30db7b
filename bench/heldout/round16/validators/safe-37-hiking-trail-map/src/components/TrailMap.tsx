import { useEffect, useRef } from "react";
import mapboxgl from "mapbox-gl";

mapboxgl.accessToken = "pk.eyJ1Ijoix1LV2M6X53sCLUftbeL6.Vf5esAO5jEwGdbG01eOXAU";

export function TrailMap({ center }: { center: [number, number] }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!ref.current) return;
    const map = new mapboxgl.Map({ container: ref.current, style: "mapbox://styles/mapbox/outdoors-v12", center, zoom: 11 });
    return () => map.remove();
  }, [center]);
  return <div ref={ref} className="h-96 w-full rounded-lg" />;
}
