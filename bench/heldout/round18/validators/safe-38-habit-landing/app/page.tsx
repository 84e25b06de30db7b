const HERO_HTML = "Track your habits, <em>keep</em> your streaks.";
const JSON_LD = '{"@context":"https://schema.org","@type":"SoftwareApplication","name":"Streaky","applicationCategory":"LifestyleApplication"}';

export default function Home() {
  return (
    <main className="mx-auto max-w-4xl p-10">
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: JSON_LD }} />
      <h1 className="text-5xl font-extrabold" dangerouslySetInnerHTML={{ __html: HERO_HTML }} />
      <a href="/signup" className="mt-6 inline-block rounded bg-black px-6 py-3 text-white">
        Get started
      </a>
    </main>
  );
}
