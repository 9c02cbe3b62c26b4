import type { MenuApi, MenuTemplate } from './electronTypes';

/** A built menu: the template it was built from, as Electron keeps its items. */
export class StandInMenu {
  constructor(readonly template: MenuTemplate) {}

  /** The item with this label, anywhere in the menu. */
  item(label: string): MenuTemplate[number] | undefined {
    const search = (items: MenuTemplate): MenuTemplate[number] | undefined => {
      for (const item of items) {
        if (item.label === label) return item;
        if (Array.isArray(item.submenu)) {
          const found = search(item.submenu);
          if (found) return found;
        }
      }
      return undefined;
    };
    return search(this.template);
  }

  /** Clicks an item as a user would: Electron calls its `click` with the item, the focused window and the event. */
  click(label: string): void {
    const item = this.item(label);
    if (!item) throw new Error(`No menu item ${label}`);
    if (item.enabled === false) return;
    // The stand-in has no MenuItem or KeyboardEvent objects; the entry's handlers take no arguments.
    item.click?.(item as unknown as Electron.MenuItem, undefined, {});
  }
}

/** Electron's `Menu` statics: it records the application menu it was given. */
export class StandInMenuModule implements MenuApi {
  applicationMenu: StandInMenu | null = null;

  buildFromTemplate(template: MenuTemplate): StandInMenu {
    return new StandInMenu(template);
  }

  setApplicationMenu(menu: StandInMenu | null): void {
    this.applicationMenu = menu;
  }
}
