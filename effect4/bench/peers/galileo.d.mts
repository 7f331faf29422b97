/** Types of galileo.mjs: the official `galileo` client as a benchmark peer. */
export interface PeerClient {
  /** One `POST {apiUrl}/login/api_key`; the access token. */
  readonly login: () => Promise<string>;
  /** One authenticated `GET {apiUrl}/current_user`; the parsed answer. */
  readonly currentUser: () => Promise<unknown>;
}

export interface Peer {
  /** e.g. `galileo@1.33.1` */
  readonly name: string;
  readonly version: string;
  readonly make: (apiUrl: string, apiKey: string) => PeerClient;
}

/** The peer, or `undefined` when bench/peers is not installed (`npm run bench:peers`). */
export declare const load: () => Peer | undefined;
