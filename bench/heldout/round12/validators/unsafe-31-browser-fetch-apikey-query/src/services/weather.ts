const API_KEY = import.meta.env.VITE_WEATHER_API_KEY as string;
const BASE = "https://api.openweathermap.org/data/2.5";

export interface Forecast {
  city: string;
  tempC: number;
  description: string;
  icon: string;
}

export async function getForecast(city: string): Promise<Forecast> {
  const url = `${BASE}/weather?q=${encodeURIComponent(city)}&units=metric&appid=${API_KEY}`;
  const res = await fetch(url);
  if (!res.ok) {
    throw new Error(`Weather request failed: ${res.status}`);
  }
  const data = await res.json();
  return {
    city: data.name,
    tempC: Math.round(data.main.temp),
    description: data.weather?.[0]?.description ?? "",
    icon: `https://openweathermap.org/img/wn/${data.weather?.[0]?.icon}@2x.png`,
  };
}

export async function getGeocode(query: string) {
  const res = await fetch(
    `https://api.geoapify.com/v1/geocode/search?text=${encodeURIComponent(query)}&apiKey=${import.meta.env.VITE_GEOAPIFY_KEY}`
  );
  return res.json();
}
