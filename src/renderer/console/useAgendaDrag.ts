/**
 * Drag and drop of agenda rows (HTML5 drag and drop). A row can be dropped
 * only on a row of the same sitting, where it takes that row's place; the
 * up and down buttons stay for the keyboard and for touch screens, which
 * HTML5 drag and drop does not serve.
 */
import { useState } from 'react';
import type { DragEvent } from 'react';
import type { AgendaItem } from '../../shared/protocol';

/** The drag-and-drop handlers and marks for one row. */
export interface RowDragProps {
  draggable: boolean;
  isDragged: boolean;
  isDropTarget: boolean;
  onDragStart(event: DragEvent<HTMLElement>): void;
  onDragEnd(): void;
  onDragOver(event: DragEvent<HTMLElement>): void;
  onDragLeave(): void;
  onDrop(event: DragEvent<HTMLElement>): void;
}

const DRAG_TYPE = 'text/plain';

/** `onMove(itemId, toIndex)` runs when a row is dropped on another row of its sitting. */
export function useAgendaDrag(agenda: readonly AgendaItem[], enabled: boolean, onMove: (itemId: string, toIndex: number) => void) {
  const [dragged, setDragged] = useState<AgendaItem | null>(null);
  const [overId, setOverId] = useState<string | null>(null);

  function end() {
    setDragged(null);
    setOverId(null);
  }

  return (item: AgendaItem, index: number): RowDragProps => {
    const accepts = enabled && dragged !== null && dragged.id !== item.id && dragged.sittingId === item.sittingId;
    return {
      draggable: enabled,
      isDragged: dragged?.id === item.id,
      isDropTarget: accepts && overId === item.id,
      onDragStart(event) {
        event.dataTransfer.effectAllowed = 'move';
        event.dataTransfer.setData(DRAG_TYPE, item.id);
        setDragged(item);
      },
      onDragEnd: end,
      onDragOver(event) {
        if (!accepts) return;
        event.preventDefault();
        event.dataTransfer.dropEffect = 'move';
        if (overId !== item.id) setOverId(item.id);
      },
      onDragLeave() {
        if (overId === item.id) setOverId(null);
      },
      onDrop(event) {
        event.preventDefault();
        const movedId = dragged?.id;
        end();
        if (!accepts || movedId === undefined || agenda[index]?.id !== item.id) return;
        onMove(movedId, index);
      },
    };
  };
}
