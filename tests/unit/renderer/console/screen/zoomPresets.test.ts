import { describe, expect, it } from 'vitest';
import { pagePointAt, regionBetween, ZOOM_PRESETS } from '../../../../../src/renderer/console/screen/zoomPresets';
import { zoomRegionSchema } from '../../../../../src/shared/protocol';

const PAGE = { left: 100, top: 50, width: 400, height: 600 };

describe('the zoom chooser', () => {
  it('offers halves and quarters that are all valid regions of the page', () => {
    for (const region of Object.values(ZOOM_PRESETS)) expect(zoomRegionSchema.safeParse(region).success).toBe(true);
    expect(ZOOM_PRESETS.bottomRight).toEqual({ x: 0.5, y: 0.5, width: 0.5, height: 0.5 });
  });

  it('reads a pointer as shares of the page, and a pointer off the page as its nearest edge', () => {
    expect(pagePointAt(PAGE, 300, 350)).toEqual({ x: 0.5, y: 0.5 });
    expect(pagePointAt(PAGE, 0, 900)).toEqual({ x: 0, y: 1 });
  });

  it('turns a drag in any direction into the region between its corners', () => {
    expect(regionBetween({ x: 0.7, y: 0.9 }, { x: 0.2, y: 0.4 })).toEqual({ x: 0.2, y: 0.4, width: 0.5, height: 0.5 });
    expect(zoomRegionSchema.safeParse(regionBetween({ x: 0.3333333, y: 0 }, { x: 1, y: 0.6666667 })).success).toBe(true);
  });

  it('ignores a click or a slip too small to zoom to', () => {
    expect(regionBetween({ x: 0.5, y: 0.5 }, { x: 0.5, y: 0.5 })).toBeNull();
    expect(regionBetween({ x: 0.1, y: 0.1 }, { x: 0.12, y: 0.6 })).toBeNull();
  });
});
