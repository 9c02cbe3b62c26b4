/**
 * The big screen (màn hình lớn): what the hall sees. The secretary picks a
 * mode, or leaves it on `auto` to follow the session: a speaker takes the
 * screen while speaking, a published result stays for `resultHoldSeconds`,
 * otherwise the current item (or the presented page). The presenter may zoom
 * the presented page to a region, so the back of the hall can read it.
 */
import { z } from 'zod';

export const SCREEN_MODES = ['auto', 'item', 'speaker', 'attendance', 'page', 'result', 'clock', 'blank', 'emblem'] as const;
export type ScreenMode = (typeof SCREEN_MODES)[number];
/** What the screen actually shows: a mode other than `auto`. */
export type ShownScreenMode = Exclude<ScreenMode, 'auto'>;

export const DEFAULT_RESULT_HOLD_SECONDS = 60;
export const MAX_RESULT_HOLD_SECONDS = 3600;
/** The smallest region side, as a share of the page: a twentieth of it already fills the screen twenty times over. */
export const MIN_ZOOM_SIDE = 0.05;

const share = z.number().min(0).max(1);
/** Rounding slack for a region that ends exactly at the page's edge. */
const EDGE_SLACK = 1e-9;

/** A region of the presented page, in shares of its width and height (0 left/top … 1 right/bottom). */
export const zoomRegionSchema = z
  .strictObject({ x: share, y: share, width: z.number().min(MIN_ZOOM_SIDE).max(1), height: z.number().min(MIN_ZOOM_SIDE).max(1) })
  .refine((region) => region.x + region.width <= 1 + EDGE_SLACK && region.y + region.height <= 1 + EDGE_SLACK, 'the region must lie within the page');
export type ZoomRegion = z.infer<typeof zoomRegionSchema>;

export const resultHoldSecondsSchema = z.number().int().min(0).max(MAX_RESULT_HOLD_SECONDS);

export const screenStateSchema = z.strictObject({
  mode: z.enum(SCREEN_MODES),
  /** How long a published result stays on the screen in `auto`. */
  resultHoldSeconds: resultHoldSecondsSchema,
  /** The region of the presented page the screen fills itself with; null for the whole page. */
  zoom: zoomRegionSchema.nullable(),
});
export type ScreenState = z.infer<typeof screenStateSchema>;

export const DEFAULT_SCREEN_STATE: ScreenState = { mode: 'auto', resultHoldSeconds: DEFAULT_RESULT_HOLD_SECONDS, zoom: null };

// Commands.
export const screenSetModeCommand = z.strictObject({ type: z.literal('screen.setMode'), mode: z.enum(SCREEN_MODES) });
export const screenSetResultHoldCommand = z.strictObject({ type: z.literal('screen.setResultHold'), seconds: resultHoldSecondsSchema });
/** A region of the presented page, or null: "Bỏ phóng to". */
export const presentationZoomCommand = z.strictObject({ type: z.literal('presentation.zoom'), region: zoomRegionSchema.nullable() });

// Events.
export const screenModeSetEvent = z.strictObject({ type: z.literal('screen.modeSet'), mode: z.enum(SCREEN_MODES), at: z.number().int().min(0) });
export const screenResultHoldSetEvent = z.strictObject({ type: z.literal('screen.resultHoldSet'), seconds: resultHoldSecondsSchema });
export const presentationZoomedEvent = z.strictObject({ type: z.literal('presentation.zoomed'), region: zoomRegionSchema.nullable(), at: z.number().int().min(0) });
