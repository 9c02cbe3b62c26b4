/** The demo session shipped in resources/: a city People's Council's year-end regular session. */
import demo from '../../../resources/demo/session.json' with { type: 'json' };
import { sessionDefinitionSchema } from '../../shared/core';
import type { SessionDefinition } from '../../shared/core';

export function demoSession(): SessionDefinition {
  return sessionDefinitionSchema.parse(demo);
}
