/** The hub's WebSocket address for a page the hub itself served. */
export function socketUrlFor(location: Pick<Location, 'protocol' | 'host'>): string {
  return `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/ws`;
}

/** The WebSocket address for a hub given by its http(s) URL (the Electron console). */
export function socketUrlFromHubUrl(hubUrl: string): string {
  const url = new URL(hubUrl);
  return socketUrlFor({ protocol: url.protocol, host: url.host });
}
