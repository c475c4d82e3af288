import { describe, expect, it } from 'vitest';
import { addNonce, cspHeader } from '../src/serve.js';

describe('addNonce', () => {
  it('puts the nonce on every script and script preload, and keeps a nonce already there', () => {
    const html = [
      '<script type="application/ld+json">{}</script>',
      '<SCRIPT src="/a.js" async></SCRIPT>',
      '<script nonce="theirs">1</script>',
      '<link rel="preload" as="script" href="/b.js"/>',
      '<link rel="modulepreload" href="/c.js">',
      '<link rel="preload" as="style" href="/d.css">',
      '<link rel="canonical" href="https://www.example.org/">',
      '<scripts>not a script</scripts>',
    ].join('');
    expect(addNonce(html, 'N0nce')).toBe(
      [
        '<script nonce="N0nce" type="application/ld+json">{}</script>',
        '<script nonce="N0nce" src="/a.js" async></SCRIPT>',
        '<script nonce="theirs">1</script>',
        '<link nonce="N0nce" rel="preload" as="script" href="/b.js"/>',
        '<link nonce="N0nce" rel="modulepreload" href="/c.js">',
        '<link rel="preload" as="style" href="/d.css">',
        '<link rel="canonical" href="https://www.example.org/">',
        '<scripts>not a script</scripts>',
      ].join(''),
    );
  });

  it('sends a strict policy naming the nonce', () => {
    expect(cspHeader('N0nce')).toBe(
      "script-src 'nonce-N0nce' 'strict-dynamic'; object-src 'none'; base-uri 'none'",
    );
  });
});
