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
  /** Where it was loaded from: `bench/peers/node_modules` or the line's `node_modules`. */
  readonly source: string;
  readonly make: (apiUrl: string, apiKey: string) => PeerClient;
}

/** The peer, or `undefined` when neither bench/peers (`npm run bench:peers`) nor the dev dependency is installed. */
export declare const load: () => Peer | undefined;
