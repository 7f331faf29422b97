// The official `galileo` npm client (pinned dev dependency) against a server: it reads
// GALILEO_API_URL and the credential variables, `init({ projectScoped: false })` calls
// /healthcheck then logs in; then GET current_user with its token. Prints one JSON line.
"use strict"
const { GalileoApiClient } = require("galileo")

const main = async () => {
  const client = new GalileoApiClient()
  await client.init({ projectScoped: false })
  const user = await client.makeRequest("GET", "current_user")
  return { apiUrl: client.apiUrl, tokenParts: String(client.token).split(".").length, user }
}

main().then(
  (result) => process.stdout.write(`${JSON.stringify(result)}\n`),
  (error) => {
    process.stdout.write(`${JSON.stringify({ error: String(error && error.message) })}\n`)
    process.exitCode = 1
  }
)
