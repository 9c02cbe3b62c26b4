/**
 * The three newer APIs that pdf.js 6 calls and Safari before 17.4 lacks. With
 * them the viewer runs on older iPads; see docs/ipad-support.md for the floor.
 */
type WithResolvers = <T>() => { promise: Promise<T>; resolve: (value: T | PromiseLike<T>) => void; reject: (reason?: unknown) => void };

const promiseStatics = Promise as unknown as { withResolvers?: WithResolvers };
if (typeof promiseStatics.withResolvers !== 'function') {
  promiseStatics.withResolvers = <T,>() => {
    let resolve!: (value: T | PromiseLike<T>) => void;
    let reject!: (reason?: unknown) => void;
    const promise = new Promise<T>((res, rej) => {
      resolve = res;
      reject = rej;
    });
    return { promise, resolve, reject };
  };
}

const abortSignalStatics = AbortSignal as unknown as { any?: (signals: AbortSignal[]) => AbortSignal };
if (typeof abortSignalStatics.any !== 'function') {
  abortSignalStatics.any = (signals: AbortSignal[]) => {
    const controller = new AbortController();
    for (const signal of signals) {
      if (signal.aborted) {
        controller.abort(signal.reason);
        break;
      }
      signal.addEventListener('abort', () => controller.abort(signal.reason), { once: true });
    }
    return controller.signal;
  };
}

const arrayBufferProto = ArrayBuffer.prototype as unknown as { transferToFixedLength?: (length?: number) => ArrayBuffer };
if (typeof arrayBufferProto.transferToFixedLength !== 'function') {
  // A copy, not a transfer: the original stays usable, which only costs memory.
  arrayBufferProto.transferToFixedLength = function (this: ArrayBuffer, length = this.byteLength) {
    const copy = new Uint8Array(length);
    copy.set(new Uint8Array(this, 0, Math.min(length, this.byteLength)));
    return copy.buffer;
  };
}

export {};
