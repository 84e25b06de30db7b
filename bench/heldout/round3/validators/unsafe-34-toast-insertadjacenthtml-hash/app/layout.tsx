import Script from "next/script";
import "./globals.css";

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body>
        <div id="flash-container" className="fixed top-4 right-4 z-50" />
        {children}
        <Script src="/js/flash.js" strategy="afterInteractive" />
      </body>
    </html>
  );
}
