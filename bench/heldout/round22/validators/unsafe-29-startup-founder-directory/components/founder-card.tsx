type Founder = { id: string; name: string; company: string; website: string; twitter?: string };

export function FounderCard({ founder }: { founder: Founder }) {
  return (
    <div className="rounded-xl border p-4 shadow-sm">
      <h3 className="font-semibold">{founder.name}</h3>
      <p className="text-sm text-gray-500">{founder.company}</p>
      <a href={founder.website} className="text-blue-600 underline" target="_blank" rel="noreferrer">
        Website
      </a>
      {founder.twitter && <span className="ml-2 text-sm">@{founder.twitter}</span>}
    </div>
  );
}
