import Script from 'next/script'

export default function EmbedPage() {
  return (
    <main>
      <Script src="/widget.js" strategy="beforeInteractive" />
    </main>
  )
}
