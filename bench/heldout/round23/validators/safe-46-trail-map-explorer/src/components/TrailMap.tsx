import { useEffect, useRef } from 'react'
import mapboxgl from 'mapbox-gl'
import 'mapbox-gl/dist/mapbox-gl.css'

mapboxgl.accessToken = 'pk.eyJ1IjoidHJhaWxtYXBzIiwiYSI6ImRjb3l1ejg3M245ZTUya2xwMHI0c3dlZXEifQ.e3er-poqkD6hadOGYIqWmM'

type Trail = { id: string; name: string; coordinates: [number, number][] }

export function TrailMap({ trails }: { trails: Trail[] }) {
  const container = useRef<HTMLDivElement>(null)

  useEffect(() => {
    if (!container.current) return
    const map = new mapboxgl.Map({
      container: container.current,
      style: 'mapbox://styles/mapbox/outdoors-v12',
      center: [-121.7, 46.85],
      zoom: 9,
    })
    map.on('load', () => {
      for (const trail of trails) {
        map.addSource(trail.id, {
          type: 'geojson',
          data: { type: 'Feature', properties: {}, geometry: { type: 'LineString', coordinates: trail.coordinates } },
        })
        map.addLayer({ id: trail.id, type: 'line', source: trail.id, paint: { 'line-color': '#2f855a', 'line-width': 3 } })
      }
    })
    return () => map.remove()
  }, [trails])

  return <div ref={container} className="h-[480px] w-full rounded-lg" />
}
