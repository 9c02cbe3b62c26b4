/**
 * Drag and drop of the speakers' queue, the way the agenda does it (HTML5 drag
 * and drop, see useAgendaDrag): a request dropped on another takes its place.
 * The up and down buttons stay for the keyboard and touch screens.
 */
import { useState } from 'react';
import type { DragEvent } from 'react';
import type { RowDragProps } from '../useAgendaDrag';

const DRAG_TYPE = 'text/plain';

/** `onMove(requestId, toIndex)` runs when a request is dropped on another. */
export function useQueueDrag(enabled: boolean, onMove: (requestId: string, toIndex: number) => void) {
  const [draggedId, setDraggedId] = useState<string | null>(null);
  const [overId, setOverId] = useState<string | null>(null);

  function end() {
    setDraggedId(null);
    setOverId(null);
  }

  return (requestId: string, index: number): RowDragProps => {
    const accepts = enabled && draggedId !== null && draggedId !== requestId;
    return {
      draggable: enabled,
      isDragged: draggedId === requestId,
      isDropTarget: accepts && overId === requestId,
      onDragStart(event: DragEvent<HTMLElement>) {
        event.dataTransfer.effectAllowed = 'move';
        event.dataTransfer.setData(DRAG_TYPE, requestId);
        setDraggedId(requestId);
      },
      onDragEnd: end,
      onDragOver(event: DragEvent<HTMLElement>) {
        if (!accepts) return;
        event.preventDefault();
        event.dataTransfer.dropEffect = 'move';
        if (overId !== requestId) setOverId(requestId);
      },
      onDragLeave() {
        if (overId === requestId) setOverId(null);
      },
      onDrop(event: DragEvent<HTMLElement>) {
        event.preventDefault();
        const movedId = draggedId;
        end();
        if (!accepts || movedId === null) return;
        onMove(movedId, index);
      },
    };
  };
}
