const OPENWEATHER_KEY = "9f2c4e7a1b3d5f6081a2c3e4f5061728";

export async function loadWeather(city: string) {
  const res = await fetch(
    `https://api.openweathermap.org/data/2.5/weather?q=${encodeURIComponent(city)}&units=metric&appid=${OPENWEATHER_KEY}`
  );
  if (!res.ok) throw new Error("weather unavailable");
  const data = await res.json();
  return { temp: Math.round(data.main.temp), description: data.weather[0].description };
}
