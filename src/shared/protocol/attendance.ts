/**
 * Attendance (điểm danh), taken per sitting. Each seat has at most one entry per
 * sitting: its mark, a reason for an excused absence, a late arrival or an early
 * departure, who made the entry and when. Only the secretary's entries are
 * final: a device or a delegate's own confirmation never overwrites them, and a
 * dropped connection never changes the roll.
 */
import { z } from 'zod';
import { idSchema, seatNumberSchema } from './values';

/** Có mặt ; có mặt không dùng thiết bị ; vắng có lý do ; vắng không lý do. */
export const ATTENDANCE_MARKS = ['present', 'presentNoDevice', 'absentExcused', 'absentUnexcused'] as const;
export type AttendanceMark = (typeof ATTENDANCE_MARKS)[number];

/** Who made the entry: the hub when the delegate's iPad connected, the delegate ("Tôi có mặt"), or the secretary. */
export const ATTENDANCE_SOURCES = ['device', 'self', 'secretary'] as const;
export type AttendanceSource = (typeof ATTENDANCE_SOURCES)[number];

export const ATTENDANCE_REASON_LIMIT = 300;

const momentSchema = z.number().int().min(0);

export const attendanceEntrySchema = z.strictObject({
  mark: z.enum(ATTENDANCE_MARKS),
  /** Why an excused delegate is absent; null for the other marks. */
  reason: z.string().max(ATTENDANCE_REASON_LIMIT).nullable(),
  /** When a late delegate arrived (ms since the epoch). */
  lateAt: momentSchema.nullable(),
  /** When a delegate left early (ms since the epoch): from then on not counted present. */
  leftAt: momentSchema.nullable(),
  source: z.enum(ATTENDANCE_SOURCES),
  /** When the entry was made, on the hub's clock. */
  at: momentSchema,
});
export type AttendanceEntry = z.infer<typeof attendanceEntrySchema>;

/** Seat numbers are record keys, so they travel as strings. */
export const seatKeySchema = z.string().regex(/^[1-9][0-9]{0,3}$/, 'a seat number');

/** Per sitting id, per seat number: the seat's entry. A seat with no entry has not been marked. */
export const attendanceSchema = z.record(idSchema, z.record(seatKeySchema, attendanceEntrySchema));
export type Attendance = z.infer<typeof attendanceSchema>;

// Commands.

/** The secretary marks a seat in any sitting. */
export const attendanceSetCommand = z.strictObject({
  type: z.literal('attendance.set'),
  sittingId: idSchema,
  seat: seatNumberSchema,
  mark: z.enum(ATTENDANCE_MARKS),
  reason: z.string().trim().max(ATTENDANCE_REASON_LIMIT).optional(),
  lateAt: momentSchema.optional(),
  leftAt: momentSchema.optional(),
});

/** A delegate confirms "Tôi có mặt" in the sitting in progress. */
export const attendanceConfirmCommand = z.strictObject({ type: z.literal('attendance.confirm') });

/**
 * Given by the hub itself, never by a client: a delegate's iPad connected during the
 * sitting in progress (or was connected when it began). Not part of the client
 * command union, so no client can send it.
 */
export const attendanceDeviceSeenCommandSchema = z.strictObject({ type: z.literal('attendance.deviceSeen'), seat: seatNumberSchema });
export type AttendanceDeviceSeenCommand = z.infer<typeof attendanceDeviceSeenCommandSchema>;

// Events.

export const attendanceSetEvent = z.strictObject({
  type: z.literal('attendance.set'),
  sittingId: idSchema,
  seat: seatNumberSchema,
  entry: attendanceEntrySchema,
});

export const attendanceConfirmedEvent = z.strictObject({
  type: z.literal('attendance.confirmed'),
  sittingId: idSchema,
  seat: seatNumberSchema,
  at: momentSchema,
});

export const attendanceDeviceSeenEvent = z.strictObject({
  type: z.literal('attendance.deviceSeen'),
  sittingId: idSchema,
  seat: seatNumberSchema,
  at: momentSchema,
});
