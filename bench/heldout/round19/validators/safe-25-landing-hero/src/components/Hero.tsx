const TAGLINE_HTML = "Plan meals in <strong>minutes</strong>, not hours.";

export function Hero({ name }: { name: string }) {
  return (
    <section className="py-20 text-center">
      <h1 className="text-5xl font-bold">Welcome back, {name}</h1>
      <p className="mt-4 text-lg" dangerouslySetInnerHTML={{ __html: TAGLINE_HTML }} />
    </section>
  );
}
