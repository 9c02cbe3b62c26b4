/**
 * Marks `<html data-keyboard>` while the keyboard is the way the user moves
 * around, and clears it on the next tap or click. Browsers show `:focus-visible`
 * on an element that a script focuses when nobody has tapped yet, so a ballot
 * that opens on an untouched iPad would draw a ring round its heading; styles
 * that must show a ring only to keyboard users check this mark as well.
 */
function markKeyboard(inUse: boolean): void {
  if (inUse) document.documentElement.dataset.keyboard = '';
  else delete document.documentElement.dataset.keyboard;
}

if (typeof document !== 'undefined') {
  document.addEventListener('keydown', (event) => {
    if (!event.metaKey && !event.ctrlKey && !event.altKey) markKeyboard(true);
  }, true);
  document.addEventListener('pointerdown', () => markKeyboard(false), true);
}

export {};
