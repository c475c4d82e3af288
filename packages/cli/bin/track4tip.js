#!/usr/bin/env node
// The `bin` that package managers link: committed, so a workspace install can link it before the
// build has made dist/ (and prints no "Failed to create bin" warning). It only loads the build.
import('../dist/bin.js').catch((error) => {
  // Only dist/bin.js itself: a module it imports that is missing ("… imported from …/dist/bin.js")
  // is another fault, reported as it is.
  const missing = /^Cannot find module '([^']*)'/.exec(String(error?.message))?.[1] ?? '';
  if (error?.code === 'ERR_MODULE_NOT_FOUND' && /dist[\\/]bin\.js$/.test(missing)) {
    process.stderr.write(
      'error NOT_BUILT: @track4tip/cli has no dist/ yet; run "pnpm build" (or "pnpm start") first\n',
    );
    process.exitCode = 1;
    return;
  }
  process.stderr.write(`error INTERNAL: ${error?.message ?? String(error)}\n`);
  process.exitCode = 1;
});
