import { EventEmitter } from 'node:events';
import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Frame, Page, Request, Route } from '@playwright/test';
import type { BrowserWindowApi, WebContentsApi } from './electronTypes';
import { INVOKE_BINDING, preloadInitScript } from './preloadBridge';
import type { StandInApp } from './standInApp';
import type { StandInIpcMain } from './standInIpcMain';

type WindowOpenHandler = Parameters<WebContentsApi['setWindowOpenHandler']>[0];

/** A navigation the app's guards were asked about, and whether they refused it. */
export interface GuardedNavigation {
  event: 'will-navigate' | 'will-redirect' | 'will-frame-navigate' | 'window-open';
  url: string;
  refused: boolean;
}

export interface WindowHost {
  browser: Browser;
  app: StandInApp;
  ipcMain: StandInIpcMain;
  windows: Set<StandInBrowserWindow>;
}

/**
 * A window's contents, backed by a Chromium page: navigations the page starts
 * go through the app's `will-navigate`, `will-frame-navigate` and
 * `will-redirect` listeners, and new windows through its window-open handler.
 * Navigations the app itself asks for (loadURL) do not, as in Electron.
 */
export class StandInWebContents extends EventEmitter implements WebContentsApi {
  windowOpenHandler: WindowOpenHandler | null = null;
  readonly guarded: GuardedNavigation[] = [];
  private page: Page | null = null;
  private readonly appLoads = new Set<string>();
  private readonly redirectTargets = new Set<string>();

  setWindowOpenHandler(handler: WindowOpenHandler): void {
    this.windowOpenHandler = handler;
  }

  getURL(): string {
    return this.page?.url() ?? '';
  }

  /** Chromium's own PDF of the page, as Electron makes it. */
  printToPDF(options: Electron.PrintToPDFOptions): Promise<Buffer> {
    const format = typeof options.pageSize === 'string' ? options.pageSize : undefined;
    return this.chromiumPage().pdf({ ...(format ? { format } : {}), printBackground: options.printBackground ?? false });
  }

  /** The Chromium page behind the contents, once the window has one. */
  chromiumPage(): Page {
    if (!this.page) throw new Error('The window has no page yet');
    return this.page;
  }

  attach(page: Page): void {
    this.page = page;
  }

  async load(url: string): Promise<void> {
    const page = this.chromiumPage();
    this.appLoads.add(url);
    await page.goto(url, { waitUntil: 'load' });
    this.emit('did-finish-load');
  }

  /** Asks the app's listeners about a navigation the page started; true when one refused it. */
  private ask(event: GuardedNavigation['event'], url: string, isMainFrame: boolean): boolean {
    const details = {
      url,
      isMainFrame,
      defaultPrevented: false,
      preventDefault() {
        details.defaultPrevented = true;
      },
    };
    if (event === 'will-frame-navigate') this.emit(event, details);
    else this.emit(event, details, url, false, isMainFrame);
    this.guarded.push({ event, url, refused: details.defaultPrevented });
    return details.defaultPrevented;
  }

  async route(route: Route): Promise<void> {
    const request = route.request();
    if (!request.isNavigationRequest()) return route.fallback();
    const url = request.url();
    // A window the page opens: Chromium has no frame for it yet, and Electron asks the window-open handler first.
    const frame = frameOf(request);
    if (!frame || frame.page() !== this.page) {
      const details: Electron.HandlerDetails = { url, frameName: '', features: '', disposition: 'new-window', referrer: { url: this.getURL(), policy: 'default' } };
      const response = this.windowOpenHandler?.(details);
      const refused = response?.action !== 'allow';
      this.guarded.push({ event: 'window-open', url, refused });
      if (refused) return route.abort('blockedbyclient');
      throw new Error('The stand-in opens no second window');
    }
    const isMainFrame = frame.parentFrame() === null;
    if (!isMainFrame) return this.ask('will-frame-navigate', url, false) ? cancelNavigation(route) : route.continue();
    const fromApp = this.appLoads.delete(url);
    const followsRedirect = this.redirectTargets.delete(url);
    if (!fromApp && !followsRedirect && (this.ask('will-navigate', url, true) || this.ask('will-frame-navigate', url, true))) return cancelNavigation(route);
    // The response is fetched here, redirects one at a time, so that each one can be put to will-redirect.
    const response = await route.fetch({ maxRedirects: 0 });
    const location = response.headers()['location'];
    if (response.status() >= 300 && response.status() < 400 && location) {
      const target = new URL(location, url).href;
      if (this.ask('will-redirect', target, true)) return cancelNavigation(route);
      this.redirectTargets.add(target);
    }
    return route.fulfill({ response });
  }
}

function frameOf(request: Request): Frame | null {
  try {
    return request.frame();
  } catch {
    return null;
  }
}

/**
 * A cancelled navigation leaves the page as it was, as in Electron: a 204
 * answer makes Chromium stay on the current page, where an aborted request
 * would show an error page. Nothing reaches the refused address.
 */
function cancelNavigation(route: Route): Promise<void> {
  return route.fulfill({ status: 204 });
}

/** Electron's BrowserWindow, backed by its own Chromium context; it records the options it was given. */
export class StandInBrowserWindow extends EventEmitter implements BrowserWindowApi {
  static host: WindowHost | null = null;
  readonly webContents = new StandInWebContents();
  visible = false;
  focusCount = 0;
  private context: BrowserContext | null = null;
  private readonly host: WindowHost;
  private readonly opened: Promise<void>;
  private firstLoad = true;

  constructor(readonly options: Electron.BrowserWindowConstructorOptions = {}) {
    super();
    const { host } = new.target;
    if (!host) throw new Error('The stand-in has no browser');
    this.host = host;
    host.windows.add(this);
    host.app.emit('web-contents-created', { preventDefault: () => undefined }, this.webContents);
    this.opened = this.open(host);
  }

  static fromWebContents(this: typeof StandInBrowserWindow, contents: StandInWebContents): StandInBrowserWindow | null {
    return [...(this.host?.windows ?? [])].find((window) => window.webContents === contents) ?? null;
  }

  private async open(host: WindowHost): Promise<void> {
    const viewport = { width: this.options.width ?? 800, height: this.options.height ?? 600 };
    const context = await host.browser.newContext({ ignoreHTTPSErrors: true, viewport });
    this.context = context;
    const preload = this.options.webPreferences?.preload;
    if (preload) {
      await context.exposeBinding(INVOKE_BINDING, (source, channel: string, args: unknown[]) =>
        host.ipcMain.invoke({ frameUrl: source.frame.url(), sender: this.webContents }, channel, args),
      );
      await context.addInitScript({ content: preloadInitScript(readFileSync(preload, 'utf8')) });
    }
    await context.route('**/*', (route) => this.webContents.route(route));
    // Electron makes no window for a refused window.open; Chromium has made its page by then.
    context.on('page', (page) => {
      void page.opener().then((opener) => (opener ? page.close() : undefined));
    });
    this.webContents.attach(await context.newPage());
  }

  async loadURL(url: string): Promise<void> {
    await this.opened;
    await this.webContents.load(url);
    if (this.firstLoad) {
      this.firstLoad = false;
      this.emit('ready-to-show');
    }
  }

  show(): void {
    this.visible = true;
  }

  isVisible(): boolean {
    return this.visible;
  }

  focus(): void {
    this.focusCount += 1;
  }

  isFocused(): boolean {
    return this.focusCount > 0;
  }

  async close(): Promise<void> {
    await this.opened.catch(() => undefined);
    await this.context?.close();
    this.host.windows.delete(this);
    this.emit('closed');
  }
}
