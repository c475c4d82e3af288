import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { SITE_URL } from '../site';

export const metadata: Metadata = {
  title: 'TRACK4TIP webinar, 1 February 2021',
  description: 'Held online on 1 February 2021, led by UNODC under the TRACK4TIP initiative.',
  metadataBase: new URL(SITE_URL),
  alternates: { canonical: '/' },
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
