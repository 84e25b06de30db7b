"use client";

import { useEffect, useRef } from "react";
import mapboxgl from "mapbox-gl";
import "mapbox-gl/dist/mapbox-gl.css";

mapboxgl.accessToken = "pk.eyJ1IjoiYXRsYXNtYXBzIiwiYSI6Inpxa3JmbXBxY2Q2bSJ9.Pz0Jt1BE2Fyzo5ONrnpBF0";

type Store = { id: string; name: string; lng: number; lat: number };

export function StoreMap({ stores }: { stores: Store[] }) {
  const container = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!container.current) return;
    const map = new mapboxgl.Map({
      container: container.current,
      style: "mapbox://styles/mapbox/streets-v12",
      center: [4.9, 52.37],
      zoom: 11,
    });
    for (const s of stores) {
      const label = document.createElement("span");
      label.textContent = s.name;
      new mapboxgl.Marker().setLngLat([s.lng, s.lat]).setPopup(new mapboxgl.Popup().setDOMContent(label)).addTo(map);
    }
    return () => map.remove();
  }, [stores]);

  return <div ref={container} className="h-[480px] w-full rounded-xl" />;
}
