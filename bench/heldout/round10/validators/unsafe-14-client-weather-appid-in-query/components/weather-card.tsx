'use client'

import { useEffect, useState } from 'react'

const WEATHER_URL = 'https://api.openweathermap.org/data/2.5/weather'

type Weather = { temp: number; description: string; icon: string }

export function WeatherCard({ city }: { city: string }) {
  const [weather, setWeather] = useState<Weather | null>(null)
  const [error, setError] = useState(false)

  useEffect(() => {
    fetch(`${WEATHER_URL}?q=${encodeURIComponent(city)}&units=metric&appid=9c400907a069f4cb1de9a31f75ede68a`)
      .then((r) => (r.ok ? r.json() : Promise.reject(r.status)))
      .then((d) =>
        setWeather({ temp: Math.round(d.main.temp), description: d.weather[0].description, icon: d.weather[0].icon })
      )
      .catch(() => setError(true))
  }, [city])

  if (error) return <p className="text-sm">Weather unavailable</p>
  if (!weather) return <p className="text-sm">Loading weather…</p>
  return (
    <div className="flex items-center gap-2 rounded-lg border p-3">
      <img src={`https://openweathermap.org/img/wn/${weather.icon}.png`} alt="" width={40} height={40} />
      <span className="text-lg font-semibold">{weather.temp}°C</span>
      <span className="text-sm capitalize text-muted-foreground">{weather.description}</span>
    </div>
  )
}
