const { getPressRelease } = await import('@track4tip/core');
const { toCsl } = await import('@track4tip/cite');
const engine = await import('@track4tip/cite/engine');
const item = toCsl(getPressRelease());
const opts = { style: 'apa', format: 'html' };
await engine.formatCslItem(item, opts);
for (let i = 0; i < 6000; i++) await engine.formatCslItem(item, opts);
