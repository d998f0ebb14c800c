/** The integrator kit: a validating, recording reverse proxy that grades an app's connectFi traffic. */
export { startProxy, type ProxyOptions, type RunningProxy } from './start-proxy.ts';
export { ProxySession } from './session.ts';
export { BEHAVIOUR_RULES, PAN_FIELDS, type BehaviourRule } from './behaviour-rules.ts';
export type * from './report/integration-types.ts';
