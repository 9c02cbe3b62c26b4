/**
 * The desktop app's menu, in Vietnamese: the data folder, the backup (which
 * comes with the archive feature: until then a disabled item that says so),
 * the about box, and the usual edit and window items.
 */
import type { MenuItemConstructorOptions } from 'electron';
import { translate } from '../shared/i18n/translate';
import type { PlainMessageKey } from '../shared/i18n/translate';

export interface AppMenuActions {
  openDataFolder(): void;
  showAbout(): void;
}

export function appMenuTemplate(actions: AppMenuActions): MenuItemConstructorOptions[] {
  const t = (key: PlainMessageKey) => translate('vi', key);
  return [
    {
      label: 'Chamber',
      submenu: [
        { id: 'openDataFolder', label: t('desktop.menu.openDataFolder'), click: () => actions.openDataFolder() },
        { id: 'backup', label: t('desktop.menu.backup'), enabled: false, toolTip: t('desktop.menu.backupLater') },
        { type: 'separator' },
        { id: 'about', label: t('desktop.menu.about'), click: () => actions.showAbout() },
        { type: 'separator' },
        { id: 'quit', label: t('desktop.menu.quit'), role: 'quit' },
      ],
    },
    {
      label: t('desktop.menu.edit'),
      submenu: [
        { label: t('desktop.menu.undo'), role: 'undo' },
        { label: t('desktop.menu.redo'), role: 'redo' },
        { type: 'separator' },
        { label: t('desktop.menu.cut'), role: 'cut' },
        { label: t('desktop.menu.copy'), role: 'copy' },
        { label: t('desktop.menu.paste'), role: 'paste' },
        { label: t('desktop.menu.selectAll'), role: 'selectAll' },
      ],
    },
    {
      label: t('desktop.menu.view'),
      submenu: [
        { label: t('desktop.menu.reload'), role: 'reload' },
        { label: t('desktop.menu.zoomIn'), role: 'zoomIn' },
        { label: t('desktop.menu.zoomOut'), role: 'zoomOut' },
        { label: t('desktop.menu.resetZoom'), role: 'resetZoom' },
        { label: t('desktop.menu.fullScreen'), role: 'togglefullscreen' },
      ],
    },
  ];
}
