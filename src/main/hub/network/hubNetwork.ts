/**
 * The address a hub on every interface names in its links (pairing QR codes,
 * the setup page): the one the secretary chose, while this machine still has
 * it; otherwise the best hall candidate, and the console is told the choice is
 * gone. Tokens never depend on the address, so a change reissues nothing.
 */
import type { InterfaceListing, InterfaceTable } from './hubInterfaces';
import { bestAddress, listInterfaces } from './hubInterfaces';
import { readChosenAddress, writeChosenAddress } from './chosenAddress';
import { canonicalIp } from '../tls/hubNames';

export interface NetworkReport extends InterfaceListing {
  /** The address the secretary chose; null when none was. */
  chosen: string | null;
  /** The address the links use now. */
  address: string;
  /** True when the chosen address is not on this machine any more: the links use the best candidate instead. */
  chosenMissing: boolean;
}

export interface HubNetwork {
  report(): NetworkReport;
  /** The address the links use now. */
  address(): string;
  /** Remembers a choice; false, and nothing changes, when it is not one of this machine's addresses. */
  choose(address: string): boolean;
  /** Reads the interfaces again; true when the address the links use changed. */
  refresh(): boolean;
}

export function createHubNetwork(dataDir: string, readTable: () => InterfaceTable): HubNetwork {
  let chosen = readChosenAddress(dataDir);
  let listing = listInterfaces(readTable());
  const current = (): { address: string; chosenMissing: boolean } => {
    const present = chosen !== null && listing.interfaces.some((entry) => entry.address === chosen);
    return present && chosen !== null ? { address: chosen, chosenMissing: false } : { address: bestAddress(listing), chosenMissing: chosen !== null };
  };
  let address = current().address;
  return {
    report: () => ({ ...listing, chosen, ...current() }),
    address: () => address,
    choose(requested) {
      const wanted = canonicalIp(requested);
      if (!listing.interfaces.some((entry) => entry.address === wanted)) return false;
      writeChosenAddress(dataDir, wanted);
      chosen = wanted;
      address = current().address;
      return true;
    },
    refresh() {
      listing = listInterfaces(readTable());
      const next = current().address;
      const changed = next !== address;
      address = next;
      return changed;
    },
  };
}
