import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { SITE_URL } from '../site';

// The page's own metadata (title, description, canonical, Open Graph…) comes from the model, in
// page.tsx; the layout keeps what is the site's.
export const metadata: Metadata = {
  metadataBase: new URL(SITE_URL),
  // No favicon file: an empty data URL keeps the browser from asking for /favicon.ico.
  icons: { icon: 'data:,' },
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body
        style={{ font: '16px/1.5 system-ui, sans-serif', maxWidth: '46rem', margin: '2rem auto' }}
      >
        {children}
      </body>
    </html>
  );
}
