/**
 * The hub's answer at `/api/network`: this computer's interfaces, the address
 * the secretary chose for the QR codes, and the one the links use now.
 */
import { z } from 'zod';

export const INTERFACE_KINDS = ['wifi', 'ethernet', 'vpn', 'virtual', 'loopback', 'link-local', 'other'] as const;

export const networkInterfaceSchema = z.object({
  name: z.string(),
  address: z.string(),
  family: z.enum(['IPv4', 'IPv6']),
  kind: z.enum(INTERFACE_KINDS),
  hallCandidate: z.boolean(),
});
export type NetworkInterfaceEntry = z.infer<typeof networkInterfaceSchema>;

export const networkReportSchema = z.object({
  chosen: z.string().nullable(),
  address: z.string(),
  publicUrl: z.string(),
  interfaces: z.array(networkInterfaceSchema),
  warning: z.boolean(),
  chosenMissing: z.boolean(),
});
export type NetworkReportBody = z.infer<typeof networkReportSchema>;
