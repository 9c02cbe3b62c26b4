/** This build's version, as package.json names it: archives record which Chamber made them. */
import packageJson from '../../../package.json' with { type: 'json' };

export const CHAMBER_VERSION: string = packageJson.version;
