import { promises as dns } from "node:dns";
import type { LookupAddress, LookupOptions } from "node:dns";
import { FetchFailure } from "./errors.ts";
import type { AddressPolicy, HostResolver, ResolvedAddress } from "./types.ts";

type LookupCallback = (error: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;
export type LookupFunction = (hostname: string, options: LookupOptions, callback: LookupCallback) => void;

export const resolveWithSystem: HostResolver = async (hostname) => {
  const found = await dns.lookup(hostname, { all: true, verbatim: true });
  return found.map((a) => ({ address: a.address, family: a.family === 6 ? 6 : 4 }));
};

/**
 * A `lookup` for net.connect that only hands out addresses the policy allows. Because the socket
 * connects to exactly the address returned here, a name that resolves to a public address for a
 * check and to 127.0.0.1 a moment later (DNS rebinding) cannot slip through.
 */
export function createGuardedLookup(resolve: HostResolver, policy: AddressPolicy | null): LookupFunction {
  return (hostname, options, callback) => {
    resolve(hostname).then(
      (addresses) => {
        const wanted = options.family === 4 || options.family === 6 ? addresses.filter((a) => a.family === options.family) : addresses;
        const allowed: ResolvedAddress[] = policy ? wanted.filter((a) => policy(a.address, hostname)) : wanted;
        const first = allowed[0];
        if (!first) {
          const refused = wanted.map((a) => a.address).join(", ");
          const error = wanted.length === 0
            ? Object.assign(new Error(`${hostname} has no address`), { code: "ENOTFOUND" })
            : new FetchFailure("blocked-address", `${hostname} resolves to a non-public address (${refused})`);
          callback(error as NodeJS.ErrnoException, "");
          return;
        }
        if (options.all) callback(null, allowed.map((a) => ({ address: a.address, family: a.family })));
        else callback(null, first.address, first.family);
      },
      (error: unknown) => callback(error as NodeJS.ErrnoException, ""),
    );
  };
}
