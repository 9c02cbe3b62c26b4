export * from './applyAttendance';
export * from './attendanceCommands';
export * from './rollCount';
export * from './sittingInProgress';
