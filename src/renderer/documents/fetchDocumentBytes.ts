/** Downloads a stored document from the hub with this device's token. */
export async function fetchDocumentBytes(hubBaseUrl: string, token: string, sha256: string): Promise<Uint8Array> {
  const response = await fetch(`${hubBaseUrl}/documents/${sha256}.pdf`, { headers: { Authorization: `Bearer ${token}` } });
  if (!response.ok) throw new Error(`Document ${sha256} answered ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}
