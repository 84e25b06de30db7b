export type Weather = { temp: number; description: string };

export async function getWeather(city: string): Promise<Weather> {
  const res = await fetch(
    `https://api.openweathermap.org/data/2.5/weather?q=${encodeURIComponent(city)}&units=metric&appid=b07a9e0a296de48a5b47c78003fe0d18`
  );
  const json = await res.json();
  return { temp: json.main.temp, description: json.weather[0].description };
}
