// @ts-check
/** PGlite ships WASM and data files that must be loaded from node_modules at run time, not bundled. */
/** @type {import('next').NextConfig} */
const nextConfig = {
  serverExternalPackages: ['@electric-sql/pglite', 'pg', 'pg-copy-streams'],
  poweredByHeader: false,
};

export default nextConfig;
