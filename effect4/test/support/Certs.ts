/**
 * Throwaway certificates for HTTPS and mutual-TLS tests, made with the `openssl` command in a
 * temporary directory (removed with the scope): a CA, a server certificate for 127.0.0.1 and
 * localhost, and client certificates (one from the CA, one from an unrelated CA).
 */
import { Effect } from "effect"
import { execFileSync } from "node:child_process"
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"

export interface KeyPair {
  readonly cert: string
  readonly key: string
}

export interface Certs {
  /** The CA that signed `server` and `client`. */
  readonly ca: string
  readonly server: KeyPair
  readonly client: KeyPair
  /** A client certificate signed by another CA. */
  readonly stranger: KeyPair
}

/** Whether `openssl` can be run. */
export const available = (): boolean => {
  try {
    execFileSync("openssl", ["version"], { stdio: "ignore" })
    return true
  } catch {
    return false
  }
}

const generate = (dir: string): Certs => {
  const file = (name: string) => join(dir, name)
  const openssl = (...args: ReadonlyArray<string>) => execFileSync("openssl", [...args], { cwd: dir, stdio: "pipe" })
  const ecKey = ["-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes"]
  const authority = (name: string) =>
    openssl(
      "req",
      "-x509",
      ...ecKey,
      "-keyout",
      `${name}.key`,
      "-out",
      `${name}.crt`,
      "-subj",
      `/CN=galileo-effect ${name}`,
      "-days",
      "1",
      "-addext",
      "basicConstraints=critical,CA:TRUE",
      "-addext",
      "keyUsage=critical,keyCertSign,cRLSign"
    )
  const leaf = (name: string, ca: string, subject: string, extensions: string) => {
    openssl("req", ...ecKey, "-keyout", `${name}.key`, "-out", `${name}.csr`, "-subj", `/CN=${subject}`)
    writeFileSync(file(`${name}.ext`), extensions)
    openssl(
      "x509",
      "-req",
      "-in",
      `${name}.csr`,
      "-CA",
      `${ca}.crt`,
      "-CAkey",
      `${ca}.key`,
      "-set_serial",
      String(Date.now()),
      "-days",
      "1",
      "-out",
      `${name}.crt`,
      "-extfile",
      `${name}.ext`
    )
    return { cert: readFileSync(file(`${name}.crt`), "utf8"), key: readFileSync(file(`${name}.key`), "utf8") }
  }
  authority("ca")
  authority("other-ca")
  return {
    ca: readFileSync(file("ca.crt"), "utf8"),
    server: leaf(
      "server",
      "ca",
      "localhost",
      "subjectAltName=IP:127.0.0.1,DNS:localhost\nextendedKeyUsage=serverAuth\n"
    ),
    client: leaf("client", "ca", "spec-client", "extendedKeyUsage=clientAuth\n"),
    stranger: leaf("stranger", "other-ca", "stranger", "extendedKeyUsage=clientAuth\n")
  }
}

/** Generates the certificates in a temporary directory removed when the scope closes. */
export const make = Effect.acquireRelease(
  Effect.sync(() => mkdtempSync(join(tmpdir(), "galileo-effect-certs-"))),
  (dir) => Effect.sync(() => rmSync(dir, { recursive: true, force: true }))
).pipe(Effect.map(generate))
