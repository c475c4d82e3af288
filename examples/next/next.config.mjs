/**
 * A static export (`output: 'export'`) written to `dist/` (`NEXT_DIST_DIR` picks another folder
 * inside this one, as the browser test does for its hostile-data build).
 *
 * @type {import('next').NextConfig}
 */
const config = {
  output: 'export',
  distDir: process.env.NEXT_DIST_DIR ?? 'dist',
  // The workspace's `typecheck` task runs tsc on this example; the build need not do it again.
  typescript: { ignoreBuildErrors: true },
};

export default config;
