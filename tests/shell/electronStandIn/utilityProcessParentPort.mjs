// Loaded with --import into a utility process of the Electron stand-in: Electron gives such a
// process `process.parentPort`; under child_process.fork the channel to the parent is process.send.
import { EventEmitter } from 'node:events';

const parentPort = new EventEmitter();
parentPort.postMessage = (message) => process.send(message);
process.on('message', (data) => parentPort.emit('message', { data, ports: [] }));
process.parentPort = parentPort;
