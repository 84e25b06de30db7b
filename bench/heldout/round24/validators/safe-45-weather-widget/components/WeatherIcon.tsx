import { ICONS, type IconName } from "./icons";

export function WeatherIcon({ name }: { name: IconName }) {
  const svg = Object.hasOwn(ICONS, name) ? ICONS[name] : ICONS.sun;
  return <span className="inline-block h-6 w-6" aria-hidden dangerouslySetInnerHTML={{ __html: svg }} />;
}
