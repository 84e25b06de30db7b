import { EmbedPreview } from "../components/EmbedPreview";

export default function SharePage() {
  return (
    <main>
      <h1>Share your board</h1>
      <EmbedPreview />
    </main>
  );
}
