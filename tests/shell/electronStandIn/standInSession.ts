import type { SessionApi } from './electronTypes';

type RequestHandler = Parameters<SessionApi['setPermissionRequestHandler']>[0];
type CheckHandler = Parameters<SessionApi['setPermissionCheckHandler']>[0];
type VerifyProc = Parameters<SessionApi['setCertificateVerifyProc']>[0];

/** Electron's `session.defaultSession`: it keeps the handlers it is given, for the tests to ask. */
export class StandInSession implements SessionApi {
  permissionRequestHandler: RequestHandler = null;
  permissionCheckHandler: CheckHandler = null;
  certificateVerifyProc: VerifyProc = null;

  setPermissionRequestHandler(handler: RequestHandler): void {
    this.permissionRequestHandler = handler;
  }

  setPermissionCheckHandler(handler: CheckHandler): void {
    this.permissionCheckHandler = handler;
  }

  setCertificateVerifyProc(proc: VerifyProc): void {
    this.certificateVerifyProc = proc;
  }
}
