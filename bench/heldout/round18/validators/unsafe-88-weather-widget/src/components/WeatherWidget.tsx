import { useEffect, useState } from "react";

type Weather = { temp: number; description: string };

export function WeatherWidget({ city }: { city: string }) {
  const [weather, setWeather] = useState<Weather | null>(null);

  useEffect(() => {
    fetch(
      `https://api.openweathermap.org/data/2.5/weather?q=${encodeURIComponent(city)}&units=metric&appid=98be5944286abf10d7431e6b5b4ef71e`,
    )
      .then((r) => r.json())
      .then((d) => setWeather({ temp: d.main.temp, description: d.weather[0].description }));
  }, [city]);

  if (!weather) return <p>Loading…</p>;
  return (
    <p>
      {Math.round(weather.temp)}°C, {weather.description}
    </p>
  );
}
