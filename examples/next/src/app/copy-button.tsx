'use client';

import { useState } from 'react';

/** Copies the plain-text citation; the only JavaScript of the page besides Next's runtime. */
export function CopyButton({ text }: { text: string }) {
  const [status, setStatus] = useState('');
  return (
    <>
      <button
        type="button"
        onClick={() => {
          navigator.clipboard.writeText(text).then(
            () => setStatus('Copied'),
            () => setStatus(''),
          );
        }}
      >
        Copy citation
      </button>{' '}
      <span role="status">{status}</span>
    </>
  );
}
