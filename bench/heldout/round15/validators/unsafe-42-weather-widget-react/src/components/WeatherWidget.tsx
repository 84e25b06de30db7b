import { useEffect, useState } from "react";

type Weather = { name: string; main: { temp: number }; weather: { description: string; icon: string }[] };

export function WeatherWidget({ city }: { city: string }) {
  const [weather, setWeather] = useState<Weather | null>(null);

  useEffect(() => {
    fetch(
      `https://api.openweathermap.org/data/2.5/weather?q=${encodeURIComponent(city)}&units=metric&appid=29e03dde9b0cf81cc97c1afa3732a3c4`
    )
      .then((r) => r.json())
      .then(setWeather)
      .catch(() => setWeather(null));
  }, [city]);

  if (!weather) return null;
  return (
    <div className="flex items-center gap-2">
      <img src={`https://openweathermap.org/img/wn/${weather.weather[0].icon}.png`} alt="" />
      <span>
        {Math.round(weather.main.temp)}°C · {weather.weather[0].description}
      </span>
    </div>
  );
}
